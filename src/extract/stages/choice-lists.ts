import type { Stage } from '../types';

// The options of a drop-down list are choices, not text: a reader sees only the chosen one, and
// only as a control. Left in, a car-search box's hundred prices ("£1,000", "£2,000", …) outscore
// a story in Readability, which counts their commas as prose.
export const choiceLists: Stage = {
  name: 'choice-lists',
  phase: 'before',
  run(ctx) {
    for (const list of Array.from(ctx.root.querySelectorAll('select, datalist'))) ctx.remove(list, 'page-controls');
  },
};
