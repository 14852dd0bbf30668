import { describe, expect, it } from 'vitest';
import { boilerplate } from '../../../src/extract/stages/boilerplate';
import { PROSE, runStage } from '../../helpers';

describe('boilerplate', () => {
  it('removes rights lines and keeps an affiliate disclosure, which only the article tail judges', () => {
    const run = runStage(boilerplate, `<p>This post may contain affiliate links.</p><p>${PROSE[0]}</p><p>© 2025 Вести. Все права защищены.</p>`);
    expect(run.removals.map((r) => r.text)).toEqual(['© 2025 Вести. Все права защищены.']);
    expect(run.text).toBe(`This post may contain affiliate links. ${PROSE[0]}`);
  });

  it('keeps long prose that mentions affiliates', () => {
    const text = `${PROSE.join(' ')} The affiliate links scandal was the subject of a parliamentary inquiry that lasted for more than two years and heard from dozens of witnesses.`;
    const run = runStage(boilerplate, `<p>${text}</p>`);
    expect(run.removals).toEqual([]);
  });
});
