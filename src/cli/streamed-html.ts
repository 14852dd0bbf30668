// Pages rendered by a server that streams (React's Suspense streaming, used by Next.js and
// others) send the shell first, with a placeholder and a loading skeleton where a part is not
// ready, and the part itself later, at the end of the body, in a hidden <div id="S:…">; a small
// script then moves it into place. A browser runs that script, so the extension reads the page
// as its reader sees it. The CLI runs no scripts: it does the move itself, or the article stays
// hidden at the end of the page and a skeleton stands where it belongs.

const COMMENT_NODE = 8;

/** Moves each streamed part into the place its placeholder holds; returns how many moved. */
export function placeStreamedParts(doc: Document): number {
  let placed = 0;
  // A part's placeholder may arrive inside another part: passes repeat while parts move.
  for (let moved = placeOnce(doc); moved > 0; moved = placeOnce(doc)) placed += moved;
  return placed;
}

function placeOnce(doc: Document): number {
  let placed = 0;
  for (const part of Array.from(doc.querySelectorAll('div[hidden][id^="S:"]'))) {
    const key = part.id.slice(2);
    // B: holds a boundary's place (with a fallback), P: a plain segment's.
    const placeholder = doc.getElementById(`B:${key}`) ?? doc.getElementById(`P:${key}`);
    if (!placeholder || placeholder.contains(part)) continue;
    const parent = placeholder.parentNode!;
    // With its boundary comments kept (<!--$?--> placeholder fallback <!--/$-->), the loading
    // fallback goes too; pages saved without comments keep theirs, which holds no text.
    const end = placeholder.id.startsWith('B:') ? boundaryEnd(placeholder) : null;
    if (end) {
      while (placeholder.nextSibling && placeholder.nextSibling !== end) parent.removeChild(placeholder.nextSibling);
      const start = placeholder.previousSibling;
      if (start?.nodeType === COMMENT_NODE && (start as Comment).data === '$?') (start as Comment).data = '$';
    }
    while (part.firstChild) parent.insertBefore(part.firstChild, placeholder);
    parent.removeChild(placeholder);
    part.remove();
    placed++;
  }
  return placed;
}

/** The comment closing the placeholder's boundary, nested boundaries skipped; null without one. */
function boundaryEnd(placeholder: Element): Node | null {
  const start = placeholder.previousSibling;
  if (start?.nodeType !== COMMENT_NODE || !(start as Comment).data.startsWith('$')) return null;
  let depth = 0;
  for (let node = placeholder.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== COMMENT_NODE) continue;
    const data = (node as Comment).data;
    if (data === '/$') {
      if (depth === 0) return node;
      depth--;
    } else if (data.startsWith('$')) depth++;
  }
  return null;
}
