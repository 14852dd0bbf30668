// "Not the right text?": the reader points at the article on the page. The block under the
// pointer is outlined; the wheel or ↑/↓ widen to the parent or narrow back; a click or Enter
// chooses, Esc cancels. Everything we draw sits in a closed shadow root, and every event we
// handle is stopped before the page's own handlers see it. Nothing of the page is changed: the
// one element we add goes when the picker ends.

import { t } from '../i18n';

const HOST_TAG = 'clean-reader-picker';
const CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; }
.outline { position: fixed; border: 3px solid #1a5fb4; background: rgba(26, 95, 180, 0.12); border-radius: 3px; transition: all 60ms ease-out; }
.hint { position: fixed; left: 50%; top: 12px; transform: translateX(-50%); max-width: 90vw; padding: 8px 14px; border-radius: 8px; background: #1d1d1f; color: #fff; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.3); }
@media (prefers-reduced-motion: reduce) { .outline { transition: none; } }
`;

export interface PickerCallbacks {
  onChoose(element: Element): void;
  onCancel(): void;
}

/** Starts the picker on `doc`; the returned function ends it (as cancelling does). */
export function startPicker(doc: Document, callbacks: PickerCallbacks): () => void {
  const view = doc.defaultView!;
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: __OVERLAY_SHADOW_MODE__ });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const outline = doc.createElement('div');
  outline.className = 'outline';
  const hint = doc.createElement('div');
  hint.className = 'hint';
  hint.setAttribute('role', 'status');
  hint.textContent = t('pickerHint');
  shadow.append(style, outline, hint);

  let current: Element | null = null;
  /** The way back down after widening: narrowing returns along it. */
  const narrower: Element[] = [];
  const show = () => {
    if (!current) return void (outline.style.display = 'none');
    const box = current.getBoundingClientRect();
    Object.assign(outline.style, { display: 'block', left: `${box.left - 3}px`, top: `${box.top - 3}px`, width: `${box.width}px`, height: `${box.height}px` });
  };
  /** What the pointer is over: moving within it keeps a widened or narrowed choice. */
  let under: Element | null = null;
  const pointAt = (element: Element | null) => {
    if (!element || element === host || element === doc.documentElement || element === under) return;
    under = element;
    narrower.length = 0;
    current = element === doc.body ? current : element;
    show();
  };
  const widen = () => {
    const parent = current?.parentElement;
    if (!current || !parent || parent === doc.body || parent === doc.documentElement) return;
    narrower.push(current);
    current = parent;
    show();
  };
  const narrow = () => {
    const child = narrower.pop() ?? current?.firstElementChild ?? null;
    if (child) current = child;
    show();
  };

  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const listeners: Array<[string, (event: Event) => void]> = [
    ['mousemove', (event) => pointAt(doc.elementFromPoint((event as MouseEvent).clientX, (event as MouseEvent).clientY))],
    ['wheel', (event) => {
      swallow(event);
      if ((event as WheelEvent).deltaY < 0) widen();
      else narrow();
    }],
    ['click', (event) => {
      swallow(event);
      // The block shown is the one chosen, widened or not; a click with no pointing first takes
      // the block under it.
      if (!current) pointAt(doc.elementFromPoint((event as MouseEvent).clientX, (event as MouseEvent).clientY));
      choose();
    }],
    ['keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (!['ArrowUp', 'ArrowDown', 'Enter', 'Escape'].includes(key)) return;
      swallow(event);
      if (key === 'ArrowUp') widen();
      else if (key === 'ArrowDown') narrow();
      else if (key === 'Enter') choose();
      else end(true);
    }],
    // The page's own handlers never see the presses that make our clicks.
    ...['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'contextmenu'].map((type) => [type, swallow] as [string, (event: Event) => void]),
  ];
  for (const [type, listener] of listeners) view.addEventListener(type, listener, { capture: true, passive: false });
  view.addEventListener('scroll', show, { capture: true, passive: true });

  let ended = false;
  function end(cancelled: boolean): void {
    if (ended) return;
    ended = true;
    for (const [type, listener] of listeners) view.removeEventListener(type, listener, { capture: true });
    view.removeEventListener('scroll', show, { capture: true });
    host.remove();
    if (cancelled) callbacks.onCancel();
  }
  function choose(): void {
    if (!current) return;
    const chosen = current;
    end(false);
    callbacks.onChoose(chosen);
  }

  doc.documentElement.append(host);
  // Keyboard readers start from the middle of the window.
  pointAt(doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2));
  return () => end(true);
}
