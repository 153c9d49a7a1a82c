/**
 * Serves the form with a strict Content Security Policy: scripts and styles only from this origin,
 * no inline code and no 'unsafe-eval'. `node serve.mjs` serves on http://127.0.0.1:8080 (PORT to
 * change it).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const FILES = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/form.css': ['form.css', 'text/css; charset=utf-8'],
  '/form.bundle.js': ['form.bundle.js', 'text/javascript; charset=utf-8'],
};

/** Starts the server; resolves with its address and a way to stop it. */
export function serveForm(port = 0) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const entry = FILES[path];
    if (!entry || request.method !== 'GET') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    try {
      const body = await readFile(new URL(entry[0], import.meta.url));
      response.writeHead(200, { 'content-type': entry[1], 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' });
      response.end(body);
    } catch {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`${entry[0]} is missing: run node build.mjs first`);
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolve({ url: `http://127.0.0.1:${bound}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serveForm(Number(process.env.PORT ?? 8080));
  console.log(`the form is at ${url}`);
}
