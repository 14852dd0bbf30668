// The one helper every view builds with, in its own module: the popup's first paint (a loading
// line, an error message) needs it without the article view and its sanitizer.

export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
