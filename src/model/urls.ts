/**
 * `value` read as an http(s) URL (relative ones against `base`), else undefined: the one
 * place that decides which schemes the tray ever follows, fetches or links to. Never
 * `javascript:`, `data:` or `blob:`. Each caller adds its own rule on top (https only, same
 * origin, a config error).
 */
export function httpUrl(value: string, base?: string): URL | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
