// Vue's `esm-bundler` builds read `process.env.NODE_ENV`, which a bundler replaces; in the
// test browser nothing does. Imported before Vue, this gives them the production value the
// runner's `production` export condition stands for.
if (!('process' in globalThis)) {
  Object.assign(globalThis, { process: { env: { NODE_ENV: 'production' } } });
}
