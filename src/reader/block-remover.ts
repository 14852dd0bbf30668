// Removing a block from the reading view with one click: a button beside the block under the
// pointer (or holding the focus), an undo in its place, and, where the view can reach the page,
// "always drop blocks like this" on the site. One button moves from block to block: nothing is
// added to the article's markup until a block is removed.

import { t } from '../i18n';
import { element } from './element';
import { iconButton, textButton } from './controls';

/** What a block of the view is, for finding it on the page (its tag and text, never its markup). */
export interface ViewBlock {
  tag: string;
  text: string;
}

export interface BlockRemoverOptions {
  /** Saves a rule dropping blocks like this on the site; false when the page gives it no shape. */
  onDropLikeThis?: (block: ViewBlock) => Promise<boolean>;
}

const REMOVABLE = 'p, ul, ol, dl, figure, blockquote, table, pre, h2, h3, h4, h5, h6, aside, section, details, div';

export function attachBlockRemover(doc: Document, body: HTMLElement, options: BlockRemoverOptions): () => void {
  let current: HTMLElement | null = null;
  const button = iconButton(doc, 'remove-block', 'removeBlock', 'close', () => {
    if (current) removeBlock(doc, current, options);
    hide();
  });
  button.classList.add('cr-remove-block');
  button.hidden = true;
  body.append(button);

  const show = (block: HTMLElement) => {
    current = block;
    const bodyBox = body.getBoundingClientRect();
    const box = block.getBoundingClientRect();
    button.style.top = `${box.top - bodyBox.top}px`;
    button.hidden = false;
  };
  const hide = () => {
    current = null;
    button.hidden = true;
  };
  const blockFor = (target: EventTarget | null): HTMLElement | null => {
    // Duck-typed: the view may live in another realm than this script (a shadow root, a test DOM).
    const el = (target as Node | null)?.nodeType === 1 ? (target as Element) : null;
    if (!el || el === button || button.contains(el)) return current;
    const block = el.closest<HTMLElement>(REMOVABLE);
    return block && block !== body && body.contains(block) && !block.closest('.cr-block-notice') ? block : null;
  };
  const onOver = (event: Event) => {
    const block = blockFor(event.target);
    if (block) show(block);
    else hide();
  };
  const onLeave = (event: PointerEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next?.nodeType || !body.contains(next)) hide();
  };
  body.addEventListener('pointerover', onOver);
  body.addEventListener('focusin', onOver);
  body.addEventListener('pointerleave', onLeave);
  return () => {
    body.removeEventListener('pointerover', onOver);
    body.removeEventListener('focusin', onOver);
    body.removeEventListener('pointerleave', onLeave);
    button.remove();
  };
}

/** Hides the block and leaves a note in its place: undo, and the rule for the site if offered. */
function removeBlock(doc: Document, block: HTMLElement, options: BlockRemoverOptions): void {
  const viewBlock: ViewBlock = { tag: block.tagName.toLowerCase(), text: (block.textContent ?? '').replace(/\s+/g, ' ').trim() };
  block.hidden = true;
  const notice = element(doc, 'div', 'cr-block-notice');
  notice.setAttribute('role', 'status');
  const message = element(doc, 'span', '', t('blockRemoved'));
  const undo = textButton(doc, 'undo-remove', t('undo'), () => {
    block.hidden = false;
    notice.remove();
  });
  undo.className = 'cr-link-button';
  notice.append(message, ' ', undo);
  const onDrop = options.onDropLikeThis;
  if (onDrop) {
    const drop = textButton(doc, 'drop-like-this', t('dropLikeThis'), () => {
      drop.disabled = true;
      void onDrop(viewBlock)
        .catch(() => false)
        .then((saved) => {
          message.textContent = t(saved ? 'droppedLikeThis' : 'dropNoShape');
          drop.remove();
        });
    });
    drop.className = 'cr-link-button';
    notice.append(' ', drop);
  }
  block.after(notice);
  undo.focus({ preventScroll: true });
}
