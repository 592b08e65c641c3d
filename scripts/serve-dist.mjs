// `npm run serve:dist`: serves dist/ as a CDN would, to any origin (`Access-Control-Allow-Origin: *`),
// so a snippet pasted on a page of another origin (another port, a local copy of a partner's site)
// loads the local build: http://localhost:8001/sos-widgets.js, /sos-widgets.css, /elements/…, and
// the sample data at /data/almaty.json (from demo/data/, so an edit shows without a build).
// PORT sets the port; it listens on this computer only. Build first: npm run build.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const DIST = join(root, 'dist');
const DATA = join(root, 'demo', 'data');
const port = Number(process.env.PORT ?? 8001);
const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
};

if (!existsSync(join(DIST, 'sos-widgets.js'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}

/** The file a URL path names inside `base`, or undefined for a path that leaves it. */
function inside(base, urlPath) {
  const file = normalize(join(base, urlPath));
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

const server = createServer(async (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader('Cache-Control', 'no-cache');
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Allow-Headers': '*' }).end();
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD, OPTIONS' }).end();
    return;
  }
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = path.startsWith('/data/') ? inside(DATA, path.slice('/data/'.length)) : inside(DIST, path);
  try {
    if (!file || !(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not in dist/: ${path}\n`);
  }
});

server.listen(port, 'localhost', () => {
  const base = `http://localhost:${port}`;
  console.log(`dist/ for any origin (Ctrl+C stops it):
  ${base}/sos-widgets.js      the one-file bundle (and /sos-widgets.css, /elements/…)
  ${base}/data/almaty.json    the sample profile
  ${base}/partner.html        the partner article as static files
Point a snippet's script, stylesheet and src at these and paste it into a page of another origin.`);
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.close(() => process.exit(0)));
