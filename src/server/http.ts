// Answers with the headers every answer of the kit carries, and a request body read with a
// size limit.
import type { KitAnswer } from './kit-request.js';

/** Headers on every answer: per-shopper data, never stored by shared caches. */
const BASE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
  vary: 'Authorization, Origin',
};

export function jsonText(status: number, text: string, headers: Record<string, string> = {}): KitAnswer {
  return { status, body: text, headers: { ...BASE_HEADERS, ...headers } };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): KitAnswer {
  return jsonText(status, JSON.stringify(body), headers);
}

export function problem(status: number, error: string, headers: Record<string, string> = {}): KitAnswer {
  return json(status, { error }, headers);
}

export class BodyTooLarge extends Error {}

/** The body as text, refusing more than `limit` bytes (whatever Content-Length claims). */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw new BodyTooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** `Retry-After` for a wait in ms: whole seconds, at least 1. */
export function retryAfterHeader(ms: number): Record<string, string> {
  return { 'retry-after': String(Math.max(1, Math.ceil(ms / 1000))) };
}
