// The bench's own node:http server on 127.0.0.1 (a free port): the built files from memory,
// the harness pages, a CleverTap-shaped body of any size, and the demo's mock backend
// (token endpoint, providers, request log) under /mock/.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { handleMockRequest } from '../../demo/mock-backend.js';

const pagesDir = new URL('../pages/', import.meta.url);
const DAY_S = 86_400;

/**
 * `n` CleverTap Fetch Voucher records, all usable, with distinct codes and expiries spread
 * over the coming year (so the tray has real sorting and date formatting to do).
 */
export function clevertapBody(n, nowMs = Date.now()) {
  const now = Math.floor(nowMs / 1000);
  const records = Array.from({ length: n }, (_, i) => ({
    listExpiry: now + DAY_S + ((i * 7919) % 365) * DAY_S,
    listTag: `tag${i % 17}`,
    partner: ['AMAZON', 'FLIPKART', 'MYNTRA', 'SWIGGY'][i % 4],
    campaignId: 1500 + (i % 50),
    externalVoucherId: 1434 + (i % 4),
    listName: `FLAT${(i % 20) * 50 + 100}`,
    listDescription: `Get flat ${(i % 20) * 50 + 100} off on orders above ${(i % 9) * 500 + 1000}`,
    voucherCode: `BENCH${String(i).padStart(7, '0')}`,
  }));
  return JSON.stringify({ status: 'success', records });
}

/**
 * Starts the server. `assets` maps a name to JavaScript source served at /assets/<name>.
 * Resolves to { origin, close() }.
 */
export async function startServer(assets) {
  const bodies = new Map();
  const server = http.createServer(async (req, res) => {
    try {
      if (await handleMockRequest(req, res)) return;
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const send = (status, type, text) => {
        res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        res.end(text);
      };
      if (url.pathname.startsWith('/assets/')) {
        const code = assets[url.pathname.slice('/assets/'.length)];
        return code === undefined ? send(404, 'text/plain', 'no such asset') : send(200, 'text/javascript', code);
      }
      if (url.pathname === '/bench/body') {
        const n = Number(url.searchParams.get('n'));
        if (!bodies.has(n)) bodies.set(n, clevertapBody(n));
        return send(200, 'application/json', bodies.get(n));
      }
      const page = /^\/pages\/([a-z-]+)\.(html|js)$/.exec(url.pathname);
      if (page) {
        const type = page[2] === 'html' ? 'text/html; charset=utf-8' : 'text/javascript';
        return send(200, type, readFileSync(new URL(`${page[1]}.${page[2]}`, pagesDir), 'utf8'));
      }
      if (url.pathname === '/favicon.ico') return send(204, 'text/plain', '');
      send(404, 'text/plain', 'not found');
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
