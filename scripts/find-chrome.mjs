// Finds a locally installed Chrome or Chromium for tests and screenshots; never downloads one.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The path of a local Chrome/Chromium, or undefined. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

/** The path of a local Chrome/Chromium; exits with one line of help when there is none. */
export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error(
      'No Chrome or Chromium found: install one (Debian/Ubuntu: `apt-get install chromium`) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
  return path;
}

/** Flags for headless runs on a closed network; --no-sandbox only when running as root. */
export function chromeArgs() {
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

// `node scripts/find-chrome.mjs`: the up-front check of every npm script that needs a browser, so
// a machine without one hears it in one line at once, not after minutes of type-checking and
// building.
if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) requireChrome();
