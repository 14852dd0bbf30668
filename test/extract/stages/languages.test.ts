import { describe, expect, it } from 'vitest';
import { ads } from '../../../src/extract/stages/ads';
import { pageControls } from '../../../src/extract/stages/page-controls';
import { share } from '../../../src/extract/stages/share';
import { seeAlso } from '../../../src/extract/stages/see-also';
import { isDateline } from '../../../src/extract/stages/repeated-metadata';
import { runStage } from '../../helpers';

// The labels and phrases of page furniture in the languages most read after English and Russian.
const prose = '<p>Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr nach langer Debatte beschlossen.</p>';

describe('page furniture in other languages', () => {
  it('takes ad labels, image controls and share labels that are the whole text of their block', () => {
    for (const label of ['- Anzeige -', 'Reklama', 'Publicidad', 'Pubblicità']) {
      expect(runStage(ads, `${prose}<div>${label}</div>`).text, label).not.toContain(label.replace(/-/g, '').trim());
    }
    for (const label of ['Bild anzeigen', 'Zum Vergrößern auf das Bild klicken', 'Lire la suite', 'Czytaj dalej', '(Noch keine Bewertungen)']) {
      expect(runStage(pageControls, `${prose}<div>${label}</div>`).removals, label).toHaveLength(1);
    }
    expect(runStage(share, `${prose}<div>Möchten Sie den Artikel teilen?</div>`).removals).toHaveLength(1);
  });

  it('keeps the same words inside a sentence', () => {
    expect(runStage(ads, '<p>Die Anzeige in der Zeitung kostete den Verein mehr als erwartet, sagte der Kassenwart.</p>').removals).toEqual([]);
  });

  it('reads "see also" headings in German, French and Polish', () => {
    const teasers = '<div><a href="/a">Ein anderer Artikel</a> Kurz gesagt.</div><div><a href="/b">Noch ein Artikel</a> Auch kurz.</div>';
    for (const heading of ['Das könnte Sie auch interessieren:', 'À lire aussi', 'Czytaj też']) {
      expect(runStage(seeAlso, `${prose}<h3>${heading}</h3>${teasers}`).text, heading).not.toContain('Ein anderer Artikel');
    }
  });

  it('tells a German dateline from prose', () => {
    expect(isDateline('Erstellt am Dienstag 6. Mai 2014', null)).toBe(true);
    expect(isDateline('Im Mai 2014 wurde die Brücke nach zwei Jahren Bauzeit für den Verkehr freigegeben.', null)).toBe(false);
  });
});
