// How every bench runs: `main` under a time limit, stopped cleanly on Ctrl-C or SIGTERM, and
// `stopAll` (close the browser, the servers) called however it ends.
export async function boundedRun(name, limitMs, main, stopAll, log) {
  const watchdog = setTimeout(() => {
    log(`${name}: over ${limitMs / 60_000} minutes, giving up`);
    stopAll().finally(() => process.exit(1));
  }, limitMs);
  watchdog.unref();
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stopAll().finally(() => process.exit(130)));
  try {
    await main();
  } catch (error) {
    log(`${name}: failed: ${error?.stack ?? error}`);
    process.exitCode = 1;
  } finally {
    await stopAll();
    clearTimeout(watchdog);
  }
}
