import { describe, expect, it } from 'vitest';
import { choiceLists } from '../../../src/extract/stages/choice-lists';
import { runStage } from '../../helpers';

describe('choice-lists', () => {
  it('drops drop-down lists and suggestion lists, and keeps the text around them', () => {
    const run = runStage(
      choiceLists,
      '<p>Prices rose by 3%, the survey says.</p><form><label>Price from</label><select><option>£1,000</option><option>£2,000</option></select><input list="makes"><datalist id="makes"><option value="Ford"></datalist></form>',
    );
    expect(run.root.querySelector('select, datalist, option')).toBeNull();
    expect(run.root.textContent).toContain('Prices rose by 3%, the survey says.');
    expect(run.root.querySelector('label')?.textContent).toBe('Price from');
  });
});
