interface Entry<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

/**
 * Shares one running operation per key among the callers that want it at the same time.
 * Each caller passes its own signal and may give up alone; the operation itself is aborted
 * only when the last caller has given up. Finished operations are forgotten at once.
 */
export class InFlight<T> {
  private readonly entries = new Map<string, Entry<T>>();

  join(key: string, signal: AbortSignal, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    signal.throwIfAborted();
    let entry = this.entries.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: Entry<T> = { promise: start(controller.signal), controller, waiters: 0 };
      const forget = () => this.forget(key, created);
      created.promise.then(forget, forget);
      this.entries.set(key, created);
      entry = created;
    }
    const joined = entry;
    joined.waiters++;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        reject(signal.reason);
        if (--joined.waiters === 0) {
          this.forget(key, joined);
          joined.controller.abort();
        }
      };
      signal.addEventListener('abort', leave, { once: true });
      joined.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  }

  /** Aborts and forgets everything (tests, resets). */
  clear(): void {
    for (const entry of this.entries.values()) entry.controller.abort();
    this.entries.clear();
  }

  private forget(key: string, entry: Entry<T>): void {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }
}
