import { describe, expect, it } from 'vitest';
import { boilerplate } from '../../../src/extract/stages/boilerplate';
import { PROSE, runStage } from '../../helpers';

describe('boilerplate', () => {
  it('removes disclosures and rights lines', () => {
    const run = runStage(boilerplate, `<p>${PROSE[0]}</p><p>This post may contain affiliate links.</p><p>© 2025 Вести. Все права защищены.</p>`);
    expect(run.removals).toHaveLength(2);
    expect(run.text).toBe(PROSE[0]);
  });

  it('keeps long prose that mentions affiliates', () => {
    const text = `${PROSE.join(' ')} The affiliate links scandal was the subject of a parliamentary inquiry that lasted for more than two years and heard from dozens of witnesses.`;
    const run = runStage(boilerplate, `<p>${text}</p>`);
    expect(run.removals).toEqual([]);
  });
});
