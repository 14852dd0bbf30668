// A reader who closes the popup and opens it again on the same page (the popup closes at every
// click outside it) waits for the same extraction again. Its result is kept while the page stays
// as it was: the first change to the document, of any kind, drops it, and so does a new address
// or a different question (`key`). Watching costs nothing after that first change: the observer
// is disconnected with it.

export interface UnchangedPageMemo<T> {
  /** What was kept for `key`, if the page has not changed since. */
  get(key: readonly unknown[]): T | undefined;
  /** Keeps `value` for `key` (compared part by part, by identity) until the page changes. */
  set(key: readonly unknown[], value: T): void;
  forget(): void;
}

export function unchangedPageMemo<T>(doc: Document): UnchangedPageMemo<T> {
  let kept: { key: readonly unknown[]; address: string; value: T; observer: MutationObserver } | null = null;
  const forget = () => {
    kept?.observer.disconnect();
    kept = null;
  };
  return {
    get(key) {
      // Records not yet delivered (a change in this same task) count as a change too.
      if (kept && kept.observer.takeRecords().length > 0) forget();
      return kept && sameKey(kept.key, key) && kept.address === doc.location?.href ? kept.value : undefined;
    },
    set(key, value) {
      forget();
      // The script's own constructor where it has one; in a test, the document's window's.
      const Observer = typeof MutationObserver === 'function' ? MutationObserver : (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
      if (!Observer) return;
      const observer = new Observer(forget);
      observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
      kept = { key, address: doc.location?.href ?? '', value, observer };
    },
    forget,
  };
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((part, i) => Object.is(part, b[i]));
}
