// Runs before the tray's script on every page here, to catch anything it throws.
window.__pageErrors = [];
window.addEventListener('error', (event) => window.__pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__pageErrors.push(String(event.reason)));
