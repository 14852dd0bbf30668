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
});
