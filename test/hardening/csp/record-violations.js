// Loaded before the tray's script on the strict-CSP page: records every CSP violation and
// everything thrown, from the very start. A classic, external script, as the policy requires.
window.__cspViolations = [];
window.__pageErrors = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) =>
    window.__cspViolations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile,
    }),
  true,
);
window.addEventListener('error', (event) => window.__pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__pageErrors.push(String(event.reason)));
