import type { Stage } from '../types';
import { matchesBlock } from '../../corrections/locator';
import { isAttached } from '../dom';

// Blocks the reader removed and asked to drop on the site from now on ("always drop blocks like
// this"): any block of that shape goes before Readability reads the page. The rule is the
// reader's, so it is kept to what they chose: the shape names the site's own design, never text.
export const readerRules: Stage = {
  name: 'reader-rules',
  phase: 'before',
  run(ctx) {
    const { drop } = ctx.site;
    if (drop.length === 0) return;
    for (const el of Array.from(ctx.root.querySelectorAll('*'))) {
      if (!isAttached(el, ctx.root)) continue;
      if (drop.some((shape) => matchesBlock(el, shape))) ctx.remove(el, 'reader-rule');
    }
  },
};
