import type { Stage } from '../types';
import { linkDensity, namePattern } from '../dom';

// "You are here: News > Region > Politics": the site's map, not the story. Called so by its
// class or id, and links (the last step, the page itself, is often plain text); a short block,
// or it is something else that wears the name. A box that holds the headline is the title block.
const BREADCRUMB_NAMES = namePattern(['breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'crumb-trail', 'breadcrumb-trail']);
const MAX_TRAIL_CHARS = 300;
const TRAIL_LINK_SHARE = 0.4;
const MIN_STEPS = 2;

export const breadcrumbs: Stage = {
  name: 'breadcrumbs',
  phase: 'before',
  rule: {
    reason: 'navigation',
    names: BREADCRUMB_NAMES,
    structure: (el, length) => (length > 0 && !el.querySelector('h1') && (el.querySelectorAll('a').length >= MIN_STEPS || linkDensity(el, length) >= TRAIL_LINK_SHARE) ? 1 : 0),
    maxChars: MAX_TRAIL_CHARS,
  },
};
