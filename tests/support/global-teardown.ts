/** Runs once per project that set things up, after every test file: stops each thing once. */
export default async function globalTeardown(): Promise<void> {
  const azurite = globalThis.__UTVALG_AZURITE__;
  globalThis.__UTVALG_AZURITE__ = undefined;
  await azurite?.stop();
}
