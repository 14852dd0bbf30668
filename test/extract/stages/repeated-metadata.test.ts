import { describe, expect, it } from 'vitest';
import { isDateline, repeatedMetadata } from '../../../src/extract/stages/repeated-metadata';
import { PROSE, runStage } from '../../helpers';

const body = PROSE.map((p) => `<p>${p}</p>`).join('');

describe('repeated-metadata', () => {
  it('removes the title heading, the byline line and the dateline', () => {
    const run = runStage(repeatedMetadata, `<h1>Budget night</h1><p><span>© Служба новостей</span> <time>24 июля 2025, 08:41</time></p>${body}`, {
      title: 'Budget night',
      byline: 'Служба новостей',
    });
    expect(run.text).not.toContain('Budget night');
    expect(run.text).not.toContain('Служба');
    expect(run.text).not.toContain('2025');
    expect(run.text).toContain(PROSE[0]);
  });

  it('removes the lead heading when the title shown above is a longer or shorter form of it', () => {
    const longer = runStage(repeatedMetadata, `<div><h1>Storm closes the harbour bridge</h1></div>${body}`, { title: 'Storm closes the harbour bridge: what drivers need to know' });
    expect(longer.text).not.toContain('Storm closes');
    const later = runStage(repeatedMetadata, `${body}<h2>Storm closes the harbour bridge</h2><p>More.</p>`, { title: 'Storm closes the harbour bridge: what drivers need to know' });
    expect(later.text).toContain('Storm closes the harbour bridge');
    const short = runStage(repeatedMetadata, `<h2>Background</h2>${body}`, { title: 'Background checks for new council staff' });
    expect(short.text).toContain('Background');
  });

  it('removes a headline set in a plain block before the text, and not the same words later on', () => {
    const lead = runStage(repeatedMetadata, `<div class="headline">Storm closes the harbour bridge</div>${body}`, { title: 'Storm closes the harbour bridge' });
    expect(lead.text).not.toContain('Storm closes');
    expect(lead.text).toContain(PROSE[0]);
    const later = runStage(repeatedMetadata, `${body}<div>Storm closes the harbour bridge</div>`, { title: 'Storm closes the harbour bridge' });
    expect(later.text).toContain('Storm closes the harbour bridge');
  });

  it('removes the headline said again under the section name and kicker, and nothing over a sentence or a picture', () => {
    const title = 'Storm closes the harbour bridge';
    const furniture = runStage(repeatedMetadata, `<p>WORLD</p><div><u>NEWS</u><p>Read today...</p></div><p>HARBOURS</p><p>${title}</p>${body}`, { title });
    expect(furniture.text).not.toMatch(/WORLD|NEWS|Read today|HARBOURS|Storm closes/);
    expect(furniture.text).toContain(PROSE[0]);
    const sentence = runStage(repeatedMetadata, `<p>The council met on Monday night to decide it.</p><p>${title}</p>${body}`, { title });
    expect(sentence.text).toContain('The council met');
    expect(sentence.text).toContain(title);
    const picture = runStage(repeatedMetadata, `<figure><img src="a.jpg"><figcaption>The bridge</figcaption></figure><p>${title}</p>${body}`, { title });
    expect(picture.text).toContain('The bridge');
  });

  it('keeps a date inside a sentence', () => {
    const run = runStage(repeatedMetadata, `<p>The event is on <time>May 5</time>.</p>${body}`);
    expect(run.text).toContain('The event is on May 5.');
  });

  it('keeps a <time> that marks a duration or a time of day', () => {
    const run = runStage(repeatedMetadata, `<div><span>Baking time</span><p><time datetime="PT30M">15 – 30 Min</time></p><p><time>18:30</time></p></div>${body}`);
    expect(run.text).toContain('15 – 30 Min');
    expect(run.text).toContain('18:30');
  });

  it('tells datelines from prose', () => {
    expect(isDateline('Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018', null)).toBe(true);
    expect(isDateline('By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.', 'Matthew Digby, Minh Do')).toBe(true);
    // Where the page declares no byline, the name after "by" is the byline.
    expect(isDateline('Submitted by Jane Q. Doe on Tue, 01/17/2012 - 11:40', null)).toBe(true);
    expect(isDateline('Hit by Storm Ciara on Tue, 01/17/2012, the pier closed for repairs', null)).toBe(false);
    expect(isDateline('3 ноября 2025, 09:15', null)).toBe(true);
    expect(isDateline('16:00', null)).toBe(false);
    expect(isDateline('In 2019 the council closed the pool for two years of repairs.', null)).toBe(false);
  });

  it('reads datelines in Greek and Polish, with or without accents, and a source line with its date', () => {
    expect(isDateline('Ημερομηνία δημοσίευσης: 3 Ιανουαρίου 2012', null)).toBe(true);
    expect(isDateline('Δημοσίευση: 04 Ιαν. 2012, 12:00 | Τελευταία ενημέρωση: 04 Ιαν. 2012, 12:10', null)).toBe(true);
    expect(isDateline('Τρίτη 17 ΜΑΪΟΥ 2011', null)).toBe(true);
    expect(isDateline('środa, 20 marca 2013', null)).toBe(true);
    expect(isDateline('Opublikowano: 6 października 2011', null)).toBe(true);
    expect(isDateline('16 января 2012 г.', null)).toBe(true);
    // Who published it first, and when: "Source: Agency, 01/11/11 10:18".
    expect(isDateline('Πηγή: ΑΠΕ 17/11/11-14:47', null)).toBe(true);
    expect(isDateline('Source: Reuters, 01/11/2011', null)).toBe(true);
    // A sentence that carries a date stays.
    expect(isDateline('Η κυβέρνηση ανακοίνωσε νέα μέτρα στις 3 Ιανουαρίου 2012', null)).toBe(false);
    expect(isDateline('Sejm przyjął ustawę 20 marca 2013 po długiej debacie', null)).toBe(false);
  });

  it('removes the page’s own address printed as a line, and keeps other addresses', () => {
    const html = '<p>The study was published on Monday in the journal.</p><p>http://www.example.com/news/120117/headphones-study</p><p>https://journal.example.org/article/42</p>';
    const run = runStage(repeatedMetadata, html, { baseUrl: 'https://example.com/news/120117/headphones-study/' });
    expect(run.removals.map((r) => r.text)).toEqual(['http://www.example.com/news/120117/headphones-study']);
    expect(run.text).toContain('https://journal.example.org/article/42');
  });
});
