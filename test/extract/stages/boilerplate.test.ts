import { describe, expect, it } from 'vitest';
import { boilerplate } from '../../../src/extract/stages/boilerplate';
import { PROSE, runStage } from '../../helpers';

describe('boilerplate', () => {
  it('removes rights lines, and the site\'s affiliate disclosure wherever it stands', () => {
    const run = runStage(
      boilerplate,
      `<p>Products are chosen independently by our editors. Purchases made through our links may earn us a commission.</p><p>${PROSE[0]}</p><p>Editorial note: this site may contain affiliate links on some articles.</p><p>${PROSE[1]}</p><p>© 2025 Вести. Все права защищены.</p>`,
    );
    expect(run.removals.map((r) => r.text)).toEqual([
      'Products are chosen independently by our editors. Purchases made through our links may earn us a commission.',
      'Editorial note: this site may contain affiliate links on some articles.',
      '© 2025 Вести. Все права защищены.',
    ]);
    expect(run.text).toBe(`${PROSE[0]} ${PROSE[1]}`);
  });

  it('keeps the author\'s aside in brackets', () => {
    const text = 'I use this castile soap or this dish soap, just in case you were wondering (both are affiliate links, and I earn a little if you buy).';
    const run = runStage(boilerplate, `<p>${PROSE[0]}</p><p>${text}</p>`);
    expect(run.removals).toEqual([]);
  });

  it('keeps long prose that mentions affiliates', () => {
    const text = `${PROSE.join(' ')} The affiliate links scandal was the subject of a parliamentary inquiry that lasted for more than two years and heard from dozens of witnesses.`;
    const run = runStage(boilerplate, `<p>${text}</p>`);
    expect(run.removals).toEqual([]);
  });

  it('reads disclosures of compensation, German affiliate notes and the no-liability line', () => {
    const notes = [
      'This post contains references to products from our advertisers.',
      'We may receive compensation when you click on links to products we review.',
      'Dieser Artikel enthält Affiliate-Links: Kaufst du darüber, erhalten wir eventuell eine Provision.',
      '(Alle Angaben ohne Gewähr)',
    ];
    const run = runStage(boilerplate, `<p>${notes[0]}</p><p>${PROSE[0]}</p><p>${notes[1]}</p><p>${PROSE[1]}</p><p>${notes[2]}</p><p><em>${notes[3]}</em></p>`);
    expect(run.removals.map((r) => r.text)).toEqual(notes);
    expect(run.text).toBe(`${PROSE[0]} ${PROSE[1]}`);
  });
});
