import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { attachBlockRemover, type ViewBlock } from '../../src/reader/block-remover';
import { parseBody } from '../helpers';

function view() {
  const page = parseBody('<div class="cr-body"><p id="one">First paragraph.</p><div id="poll"><p>Have your say.</p></div><p id="three">Third <a href="#x">link</a>.</p></div>', 'jsdom');
  const body = page.querySelector<HTMLElement>('.cr-body')!;
  return { doc: page.ownerDocument, body, button: () => body.querySelector<HTMLButtonElement>('[data-action="remove-block"]')! };
}

describe('removing a block from the view', () => {
  // The fake browser has no i18n: the English catalogue answers, as the browser would.
  beforeAll(() => {
    const catalogue = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
    fakeBrowser.i18n.getMessage = ((key: string) => catalogue[key]?.message ?? '') as typeof fakeBrowser.i18n.getMessage;
  });

  it('shows one button beside the block under the pointer, and none when the pointer leaves', () => {
    const { doc, body, button } = view();
    attachBlockRemover(doc, body, {});
    expect(button().hidden).toBe(true);
    body.querySelector('#one')!.dispatchEvent(new doc.defaultView!.Event('pointerover', { bubbles: true }));
    expect(button().hidden).toBe(false);
    expect(button().getAttribute('aria-label')).toBeTruthy();
    body.dispatchEvent(new doc.defaultView!.Event('pointerleave'));
    expect(button().hidden).toBe(true);
  });

  it('hides the block with one click, undoes it, and offers the rule for the site', async () => {
    const { doc, body, button } = view();
    const asked: ViewBlock[] = [];
    attachBlockRemover(doc, body, { onDropLikeThis: async (block) => (asked.push(block), true) });
    // Focus on a link inside a block shows the button too: the keyboard reaches it.
    body.querySelector<HTMLElement>('#poll p')!.dispatchEvent(new doc.defaultView!.Event('focusin', { bubbles: true }));
    button().click();
    const poll = body.querySelector<HTMLElement>('#poll p')!;
    expect(poll.hidden).toBe(true);
    expect(body.querySelector('.cr-block-notice')).not.toBeNull();
    body.querySelector<HTMLButtonElement>('[data-action="drop-like-this"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual([{ tag: 'p', text: 'Have your say.' }]);
    expect(body.querySelector('[data-action="drop-like-this"]')).toBeNull();
    body.querySelector<HTMLButtonElement>('[data-action="undo-remove"]')!.click();
    expect(poll.hidden).toBe(false);
    expect(body.querySelector('.cr-block-notice')).toBeNull();
  });

  it('offers no rule where the view cannot reach the page', () => {
    const { doc, body, button } = view();
    attachBlockRemover(doc, body, {});
    body.querySelector('#three')!.dispatchEvent(new doc.defaultView!.Event('pointerover', { bubbles: true }));
    button().click();
    expect(body.querySelector<HTMLElement>('#three')!.hidden).toBe(true);
    expect(body.querySelector('[data-action="drop-like-this"]')).toBeNull();
  });
});
