/** Debian's Chromium; a browser download is never used (the bench and the browser tests share this). */
export const CHROMIUM_PATH = process.env['UTVALG_CHROMIUM'] ?? '/usr/bin/chromium';

/** Flags that work as root on a closed network (shared/TOOLING.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
