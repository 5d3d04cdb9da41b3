/// <reference types="node" />
// The handler on node:http, Express and Connect: `(req, res, next?)`. Requests the handler
// does not answer go to `next()` when there is one, else get a 404.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { VoucherTrayHandler } from './handler.js';
import { setRawTarget } from './raw-target.js';

export type NodeListener = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

export interface NodeListenerOptions {
  /** Take the scheme and host from `X-Forwarded-Proto`/`-Host` (only behind a proxy you run). */
  readonly trustProxy?: boolean;
}

export function toNodeListener(handler: VoucherTrayHandler, options: NodeListenerOptions = {}): NodeListener {
  return (req, res, next) => {
    serveNodeRequest(handler, req, res, options).then(
      (answered) => {
        if (answered) return;
        if (next) next();
        else sendPlain(res, 404, '{"error":"not found"}');
      },
      () => sendPlain(res, 500, '{"error":"the voucher service failed"}'),
    );
  };
}

/**
 * Answers one node:http request with the handler; resolves false (nothing sent, body unread)
 * when the request is not one of the kit's, so Koa-style middleware can pass it on.
 */
export async function serveNodeRequest(
  handler: VoucherTrayHandler,
  req: IncomingMessage,
  res: ServerResponse,
  options: NodeListenerOptions = {},
): Promise<boolean> {
  const target = req.url ?? '/';
  const forwarded = (name: string) => (options.trustProxy ? String(req.headers[name] ?? '').split(',')[0]?.trim() : '');
  const secure = 'encrypted' in req.socket && Boolean(req.socket.encrypted);
  const scheme = forwarded('x-forwarded-proto') || (secure ? 'https' : 'http');
  const host = forwarded('x-forwarded-host') || req.headers.host || 'localhost';
  let url: URL;
  try {
    url = new URL(target.startsWith('/') ? target : '/', `${scheme}://${host}`);
  } catch {
    sendPlain(res, 400, '{"error":"bad request"}');
    return true;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (method !== 'GET' && method !== 'HEAD') {
    const parsed = (req as { body?: unknown }).body;
    // Express' body parsers may have read the stream already; their result is used then.
    if (parsed !== undefined && req.readableEnded) {
      init.body = typeof parsed === 'string' ? parsed : parsed instanceof Uint8Array ? Buffer.from(parsed).toString('utf8') : JSON.stringify(parsed);
    } else {
      init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
      init.duplex = 'half';
    }
  }
  const request = new Request(url, init);
  setRawTarget(request, target);
  const response = await handler(request);
  if (!response) {
    // Nothing was read from the stream for a request passed on (the handler reads bodies of its own routes only).
    return false;
  }
  const outHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => (outHeaders[name] = value));
  const body = method === 'HEAD' || !response.body ? undefined : Buffer.from(await response.arrayBuffer());
  if (body) outHeaders['content-length'] = String(body.byteLength);
  res.writeHead(response.status, outHeaders);
  res.end(body);
  return true;
}

function sendPlain(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)) });
  res.end(text);
}
