import type { TrayStrings } from './types.js';

/** The texts a tray can show before its runtime has loaded: the login prompt, the states, the live region, the launcher. */
export type StateStrings = Pick<TrayStrings, 'listLabel' | 'loginPrompt' | 'loginButton' | 'loading' | 'empty' | 'error' | 'retry' | 'copied' | 'copyFailed' | 'launcherCount' | 'close'>;

/** Built-in English for the tray's states; bundled with the element. The cards' English comes with the list (en-list.ts). */
export const englishStates: StateStrings = {
  listLabel: 'Your vouchers',
  loginPrompt: 'Log in to see your vouchers.',
  loginButton: 'Log in',
  loading: 'Loading your vouchers…',
  empty: 'You have no vouchers right now.',
  error: 'Your vouchers could not be loaded.',
  retry: 'Try again',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the code to copy it.',
  launcherCount: '{value} ready to use',
  close: 'Close',
};

/**
 * Every text's key, in the order of \`TrayStrings\`: one \`text-*\` attribute each, observed from the
 * first paint although most of their English arrives later with the list. test/ux/i18n.test.ts
 * checks that it names every key of the English text.
 */
export const TEXT_KEYS: readonly (keyof TrayStrings)[] = [
  'listLabel',
  'loginPrompt',
  'loginButton',
  'loading',
  'empty',
  'error',
  'retry',
  'copy',
  'copied',
  'copyFailed',
  'expires',
  'expiresIn',
  'expiresToday',
  'expiresTomorrow',
  'expired',
  'starts',
  'statusExpired',
  'statusUsed',
  'statusDisabled',
  'statusNoBalance',
  'points',
  'freeItems',
  'freeShipping',
  'balance',
  'fixedPrice',
  'qrCode',
  'barcode',
  'newTab',
  'statusScheduled',
  'statusLocked',
  'statusUnclaimed',
  'usableFrom',
  'valid',
  'usesLeft',
  'balanceOf',
  'upTo',
  'computed',
  'plusShipping',
  'pointsExpire',
  'referral',
  'copyToShare',
  'apply',
  'unusableHeading',
  'launcherCount',
  'close',
  'scanButton',
  'scanTitle',
  'qrUnavailable',
  'barcodeUnavailable',
];
