// Debian's Chromium and the flags it needs here, shared by the browser tests, the end-to-end
// tests and the benchmarks: no sandbox as root, no attempts to reach the internet (these
// machines have none), and background test tabs that keep their frames and timers.

/** Path of the browser: Debian's package (no browser download exists on these machines). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
