/**
 * A stand-in for `window.fetch` that records every request and answers from routes.
 * Installed per test and restored after it, so no test ever reaches a real server.
 */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
  signal: AbortSignal | undefined;
  /** Everything else the caller passed (`redirect`, `cache`, …). */
  init: RequestInit;
}

export type Responder = (request: RecordedRequest) => Response | Promise<Response>;

export interface FakeFetch {
  requests: RecordedRequest[];
  /** Answers requests whose method and path (and optional search) match; later routes win. */
  on(method: string, path: string | RegExp, responder: Responder): void;
  restore(): void;
  count(filter?: (request: RecordedRequest) => boolean): number;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** The api base a token request asks for (`api_base` in its body), when the tray names one. */
export const askedBase = (request: RecordedRequest): string | undefined => JSON.parse(request.body ?? '{}').api_base;

/**
 * A token endpoint's answer that names, as `api_base`, the base the tray asked for, else
 * `fallback`: an endpoint that approves where the bearer goes (without it, a cross-origin
 * base is refused).
 */
export const grantAnswer = (request: RecordedRequest, fields: Record<string, unknown>, fallback?: string): Response =>
  json({ api_base: askedBase(request) ?? fallback, ...fields });

/** A promise you resolve later, for holding a response in flight. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Rejects with an AbortError when the request's signal aborts, like a real fetch. */
export function abortable(request: RecordedRequest, response: Promise<Response>): Promise<Response> {
  return new Promise((resolve, reject) => {
    const signal = request.signal;
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
    response.then(resolve, reject);
  });
}

export function installFakeFetch(): FakeFetch {
  const original = window.fetch;
  const routes: { method: string; path: string | RegExp; responder: Responder }[] = [];
  const requests: RecordedRequest[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const request: RecordedRequest = {
      method: (init.method ?? 'GET').toUpperCase(),
      url,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      credentials: init.credentials,
      signal: init.signal ?? undefined,
      init,
    };
    requests.push(request);
    if (request.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const route = [...routes]
      .reverse()
      .find(
        (r) =>
          r.method === request.method &&
          (typeof r.path === 'string' ? r.path === url.pathname : r.path.test(url.pathname + url.search)),
      );
    if (!route) return json({ error: `no fake route for ${request.method} ${url.pathname}` }, 404);
    return abortable(request, Promise.resolve(route.responder(request)));
  };
  return {
    requests,
    on: (method, path, responder) => routes.push({ method, path, responder }),
    restore: () => {
      window.fetch = original;
    },
    count: (filter = () => true) => requests.filter(filter).length,
  };
}
