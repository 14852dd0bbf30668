import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../src/extract/title';

const none = { siteName: null, headings: [], documentTitle: '' };

describe('cleanTitle', () => {
  it('drops the site name appended with a separator', () => {
    expect(cleanTitle('Регионам рекомендовали активнее использовать Max — URA.RU', { ...none, siteName: 'URA.RU' })).toBe('Регионам рекомендовали активнее использовать Max');
    expect(cleanTitle('Why the tide turned | The Guardian', { ...none, siteName: 'The Guardian' })).toBe('Why the tide turned');
  });

  it('drops the section trail after the site name', () => {
    expect(cleanTitle('Учёные нашли новый вид лягушки : Общество : Лента.ру', none)).toBe('Учёные нашли новый вид лягушки');
  });

  it('prefers the headline on the page when the title holds it', () => {
    expect(cleanTitle('Harbour Song, a poem by Eliza Marsh | Poetry Corner', { ...none, headings: ['Harbour Song'] })).toBe('Harbour Song');
  });

  it('does not take the logo heading for the headline', () => {
    expect(cleanTitle('Storm closes the bridge | Courier', { ...none, headings: ['Courier'] })).toBe('Storm closes the bridge | Courier');
  });

  it('leaves titles with colons and hyphens in the headline alone', () => {
    expect(cleanTitle('Covid-19: what we know so far', none)).toBe('Covid-19: what we know so far');
  });
});
