import type { Stage } from '../types';
import { namePattern } from '../dom';

// Where a post, a video or a map from another site would be, many sites show a box asking the
// reader's consent to load it ("External content: to protect your data we blocked twitter.com…
// [Load content]"). In a clean copy, which never loads it, the box is a stray notice. It goes when
// it is called so or says so to the reader beside a button or link; a story about consent
// neither addresses the reader so nor sits beside its own "load" button.
const CONSENT_NAMES = namePattern([
  'embed-consent', 'consent-placeholder', 'embed-placeholder', 'external-content', 'privacy-placeholder', 'two-click', 'content-blocker',
  'cookie-placeholder', 'embed-privacy', 'consent-blocker', 'borlabs-cookie',
]);
const CONSENT_PHRASES = new RegExp(
  [
    'click (?:here )?to load', 'load (?:the )?(?:external )?content', 'to (?:view|see|load|display) this (?:content|embed|video|tweet|post|map)',
    'this (?:content|embed|video|map) is (?:hosted|provided) by', 'externe[rn]? inhalte?', 'inhalte? (?:von|dieses anbieters) .{0,60}(?:blockiert|laden)',
    'ohne (?:dein|deine|ihr|ihre) (?:einverständnis|zustimmung|einwilligung)', 'contenu externe', 'contenido externo',
  ].join('|'),
  'i',
);

export const embedConsent: Stage = {
  name: 'embed-consent',
  phase: 'before',
  rule: {
    reason: 'cookie-banner',
    names: CONSENT_NAMES,
    phrases: CONSENT_PHRASES,
    maxChars: 600,
    structure: (el) => (el.querySelector('button, a[href], input') ? 1 : 0),
  },
};
