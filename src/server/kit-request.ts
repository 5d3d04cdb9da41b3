// What the kit's routes read of a request and what they answer, without the cost of Fetch
// objects where an adaptor can avoid them: node:http builds a `Request` only when a route
// needs one (the token endpoint, for the body and for identify()), and sends the answer's
// text directly. On Fetch runtimes both sides are converted from and to Request/Response.
import { rawTargetOf } from './raw-target.js';

export interface KitRequest {
  readonly method: string;
  readonly url: URL;
  /** The request target as the client sent it, when the adaptor knows it. */
  readonly rawTarget: string | undefined;
  header(name: string): string | null;
  /** The Fetch Request (built on first use by adaptors that have none). */
  toRequest(): Request;
}

export interface KitAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** JSON text; null for none (204). */
  readonly body: string | null;
}

export type KitCore = (request: KitRequest) => Promise<KitAnswer | undefined>;

export function fromFetch(request: Request): KitRequest {
  return {
    method: request.method,
    url: new URL(request.url),
    rawTarget: rawTargetOf(request),
    header: (name) => request.headers.get(name),
    toRequest: () => request,
  };
}

export function toResponse(answer: KitAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** The core behind each handler made by createVoucherTrayHandler, for adaptors. */
const cores = new WeakMap<object, KitCore>();

export function registerCore(handler: object, core: KitCore): void {
  cores.set(handler, core);
}

export function coreOf(handler: object): KitCore | undefined {
  return cores.get(handler);
}
