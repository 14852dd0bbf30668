import { describe, expect, it } from 'vitest';
import { embedConsent } from '../../../src/extract/stages/embed-consent';
import { article, runStage } from '../../helpers';

describe('embed-consent', () => {
  it('removes the box that asks consent to load another site\'s post, in German and English', () => {
    const german = '<div><p>Externer Inhalt</p><p>Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von twitter.com blockiert.</p><button>Inhalt laden</button></div>';
    const english = '<div class="embed-placeholder"><p>This content is hosted by a third party. By showing it you accept its terms.</p></div>';
    const run = runStage(embedConsent, article(german + english));
    expect(run.removals).toHaveLength(2);
    expect(run.text).toContain('The council met on Tuesday evening');
  });

  it('keeps a paragraph about consent and blocked content that speaks to no one', () => {
    const story = '<p>The court ruled that the publisher had loaded external content without the readers\' consent, and that <a href="/ruling">the ruling</a> applies to every site.</p>';
    const run = runStage(embedConsent, article(story));
    expect(run.removals).toEqual([]);
  });
});
