// jsbarcode's root module brings every symbology it has; the scan view imports only Code 128
// (automatic choice of code sets A, B and C), by its own file. It is CommonJS, compiled by Babel.
declare module 'jsbarcode/bin/barcodes/CODE128/CODE128_AUTO.js' {
  class CODE128 {
    constructor(data: string, options: Record<string, unknown>);
    valid(): boolean;
    /** `data`: the modules from the start to the stop character, "1" a bar, "0" a space. */
    encode(): { data: string; text: string };
  }
  const module: { default: typeof CODE128 } | typeof CODE128;
  export default module;
}
