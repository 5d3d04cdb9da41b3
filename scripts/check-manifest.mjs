// custom-elements.json is generated from the element's JSDoc at build time; tooling (IDEs,
// Storybook, framework wrappers) reads it. This fails when it misses any public name of the
// contract (../shared/CONTRACT.md), so a forgotten @csspart or @event cannot slip through.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const tray = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'voucher-tray');

const contract = {
  attributes: ['provider', 'identity', 'token-endpoint', 'api-base', 'codes', 'locale', 'currency', 'login-url', 'show-expired', 'layout', 'apply-url', 'scan'],
  members: ['provider', 'identity', 'tokenEndpoint', 'apiBase', 'codes', 'locale', 'currency', 'loginUrl', 'showExpired', 'vouchers', 'refresh', 'strings'],
  events: ['voucher-tray-load', 'voucher-tray-error', 'voucher-tray-copy', 'voucher-tray-login', 'voucher-tray-apply', 'voucher-tray-view', 'voucher-tray-scan'],
  cssParts: ['base', 'list', 'voucher', 'code', 'copy-button', 'title', 'description', 'brand', 'value', 'expiry', 'status', 'login', 'login-button', 'empty', 'error', 'retry-button', 'loading', 'launcher', 'count', 'apply-button', 'scan-button', 'scan', 'qr', 'barcode'],
  cssStates: ['anonymous', 'loading', 'loaded', 'empty', 'error'],
  slots: ['login', 'empty'],
  cssProperties: [
    '--voucher-tray-font',
    '--voucher-tray-text',
    '--voucher-tray-background',
    '--voucher-tray-accent',
    '--voucher-tray-radius',
    '--voucher-tray-spacing',
  ],
};

const problems = [];
if (!tray) problems.push('no <voucher-tray> declaration in custom-elements.json');
else {
  for (const [field, names] of Object.entries(contract)) {
    const listed = new Set((tray[field] ?? []).map((entry) => entry.name));
    for (const name of names) if (!listed.has(name)) problems.push(`${field}: ${name} is missing`);
    for (const entry of tray[field] ?? []) {
      if (field !== 'members' && !entry.description) problems.push(`${field}: ${entry.name} has no description`);
    }
  }
}
if (problems.length) {
  console.error(`check-manifest: custom-elements.json misses the contract:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('check-manifest: every attribute, property, event, part, slot, custom property and custom state is in custom-elements.json');
