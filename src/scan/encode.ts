// A voucher code as what a till's scanner reads: a QR code (lean-qr) and a Code 128 barcode
// (jsbarcode), each as one SVG path in module units. DOM-free. Undefined when the code cannot
// be drawn faithfully; the view then says so instead of showing a blank or a wrong code.
import { correction, generate } from 'lean-qr/nano';
import code128 from 'jsbarcode/bin/barcodes/CODE128/CODE128_AUTO.js';

/** Quiet zones, in modules: 4 around a QR code, 10 either side of a barcode (their standards' minimum). */
export const QR_QUIET = 4;
export const BARCODE_QUIET = 10;

/**
 * The widest barcode drawn, in modules (quiet zones left out): wider, a module would be under
 * one CSS pixel in a view 320 px wide, which scanners do not read from a phone's screen. About
 * 24 letters, or 48 digits. A longer code shows as a QR code only.
 */
export const BARCODE_MAX_MODULES = 300;

/** `M x y h w v 1 h -w z` for each run of `on` modules in a row: one subpath per run, not per module. */
function runs(width: number, on: (x: number) => boolean, y: number): string {
  let d = '';
  for (let x = 0; x < width; x++) {
    if (!on(x)) continue;
    let end = x;
    while (end + 1 < width && on(end + 1)) end++;
    d += `M${x} ${y}h${end - x + 1}v1h${x - end - 1}z`;
    x = end;
  }
  return d;
}

export interface Drawn {
  /** Width (and, for a QR code, height) in modules, quiet zones left out. */
  size: number;
  /** The dark modules as one SVG path, origin at the first module. */
  d: string;
}

/**
 * The code as a QR code (byte mode, UTF-8; error correction M or better, for a screen seen
 * through a scratched scanner window), or undefined when it is too long for one.
 */
export function qrCode(code: string): Drawn | undefined {
  try {
    const qr = generate(code, { minCorrectionLevel: correction.M });
    let d = '';
    for (let y = 0; y < qr.size; y++) d += runs(qr.size, (x) => qr.get(x, y), y);
    return { size: qr.size, d };
  } catch {
    return undefined;
  }
}

// A bundler hands over the class itself; Node (the ESM build, unbundled) the CommonJS exports.
const Code128 = typeof code128 === 'function' ? code128 : code128.default;

/**
 * The code as a Code 128 barcode (jsbarcode picks code sets A, B and C), one module high, or
 * undefined for a character outside ASCII (jsbarcode would read characters 200-211 as its own
 * function codes, and cannot encode the rest) or a barcode too wide to scan from a phone.
 */
export function barcode(code: string): Drawn | undefined {
  if (!/^[\x00-\x7f]+$/.test(code)) return undefined;
  try {
    const encoder = new Code128(code, {});
    if (!encoder.valid()) return undefined;
    const bars = encoder.encode().data;
    if (bars.length > BARCODE_MAX_MODULES) return undefined;
    return { size: bars.length, d: runs(bars.length, (x) => bars[x] === '1', 0) };
  } catch {
    return undefined;
  }
}
