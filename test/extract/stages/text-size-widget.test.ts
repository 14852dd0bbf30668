import { describe, expect, it } from 'vitest';
import { textSizeWidget } from '../../../src/extract/stages/text-size-widget';
import { article, runStage } from '../../helpers';

describe('text-size-widget', () => {
  it('removes the site text-size control but not the byline beside it', () => {
    const run = runStage(textSizeWidget, article('<div class="info"><span>Anna Lee</span><div class="js-font-size"><span>Размер текста</span><button>-</button><span>17</span><button>+</button></div></div>'));
    expect(run.removals.map((r) => r.text)).toEqual(['Размер текста-17+']);
    expect(run.text).toContain('Anna Lee');
  });

  it('keeps a drop cap and a sentence about font size', () => {
    const run = runStage(textSizeWidget, article('<p><span class="dropcap">A</span> font size of twelve points was the standard for typewritten manuscripts for most of the last century.</p>'));
    expect(run.removals).toEqual([]);
  });

  it('removes a row of the page\'s tools that run its script, in any language', () => {
    const row = '<div class="tools"><a href="mail.asp?id=1">Αποστολή</a> <a href="javascript:window.print();">Εκτύπωση</a> Μέγεθος κειμένου <a href="javascript:;" onclick="zoom(1)">+</a> <a href="javascript:;" onclick="zoom(-1)">−</a></div>';
    const run = runStage(textSizeWidget, article(row));
    expect(run.root.querySelector('.tools')).toBeNull();
    expect(run.text).toContain('The council met on Tuesday evening');
  });
});
