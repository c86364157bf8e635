export default async function globalTeardown(): Promise<void> {
  await globalThis.__UTVALG_AZURITE__?.stop();
}
