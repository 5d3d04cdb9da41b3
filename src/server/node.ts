/// <reference types="node" />
// The handler on node:http, Express and Connect: `(req, res, next?)`. Requests the handler
// does not answer go to `next()` when there is one, else get a 404.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { VoucherTrayHandler } from './handler.js';
import { coreOf, type KitAnswer, type KitRequest } from './kit-request.js';
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
 * when the request is not one of the kit's, so Koa-style middleware can pass it on. A handler
 * made by createVoucherTrayHandler is called without Fetch objects unless a route needs them.
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
  const method = req.method ?? 'GET';
  let request: Request | undefined;
  const toRequest = () => (request ??= fetchRequest(req, url, target));
  const core = coreOf(handler);
  if (core) {
    const kitRequest: KitRequest = {
      method,
      url,
      rawTarget: target,
      header: (name) => {
        const value = req.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
      toRequest,
    };
    const answer = await core(kitRequest);
    if (!answer) return false;
    sendAnswer(res, answer, method);
    return true;
  }
  const response = await handler(toRequest());
  if (!response) return false;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = method === 'HEAD' || !response.body ? null : Buffer.from(await response.arrayBuffer()).toString('utf8');
  sendAnswer(res, { status: response.status, headers, body }, method);
  return true;
}

function fetchRequest(req: IncomingMessage, url: URL, target: string): Request {
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
      init.body = bodyStream(req);
      init.duplex = 'half';
    }
  }
  const request = new Request(url, init);
  setRawTarget(request, target);
  return request;
}

/** The request body as a web stream (without node:stream, so this module loads anywhere). */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
      req.on('end', () => controller.close());
      req.on('error', (error) => controller.error(error));
    },
    cancel() {
      req.destroy();
    },
  });
}

function sendAnswer(res: ServerResponse, answer: KitAnswer, method: string): void {
  if (res.headersSent || res.destroyed) return;
  const body = method === 'HEAD' || answer.body === null ? undefined : Buffer.from(answer.body);
  res.writeHead(answer.status, body ? { ...answer.headers, 'content-length': String(body.byteLength) } : answer.headers);
  res.end(body);
}

function sendPlain(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)) });
  res.end(text);
}
