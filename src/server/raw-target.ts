// The request target exactly as the client sent it. A Fetch API `Request` holds a parsed
// URL, with dot segments already resolved, so adaptors that see the raw target (node:http)
// hand it over here for the kit's path checks.
const rawTargets = new WeakMap<Request, string>();

export function setRawTarget(request: Request, target: string): void {
  rawTargets.set(request, target);
}

export function rawTargetOf(request: Request): string | undefined {
  return rawTargets.get(request);
}
