import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../src/extract/title';

const none = { siteName: null, headings: [], documentTitle: '' };

describe('cleanTitle', () => {
  it('drops the site name appended with a separator', () => {
    expect(cleanTitle('Регионам рекомендовали активнее использовать Max — URA.RU', { ...none, siteName: 'URA.RU' })).toBe('Регионам рекомендовали активнее использовать Max');
    expect(cleanTitle('Why the tide turned | The Guardian', { ...none, siteName: 'The Guardian' })).toBe('Why the tide turned');
  });

  it('reads a Chinese or Japanese site name joined without spaces, and keeps a hyphen between Latin words', () => {
    expect(cleanTitle('北京工商局抽检出14种不合格食品 满记甜品上榜-《财经网》', none)).toBe('北京工商局抽检出14种不合格食品 满记甜品上榜');
    expect(cleanTitle('上海铁路局为农民工团体订票降门槛 十张以上即可办理--社会--人民网', none)).toBe('上海铁路局为农民工团体订票降门槛 十张以上即可办理');
    expect(cleanTitle('日本語のニュースの見出し｜サイト名', none)).toBe('日本語のニュースの見出し');
    expect(cleanTitle('A-B testing for small shops', none)).toBe('A-B testing for small shops');
  });

  it('drops the section trail after the site name', () => {
    expect(cleanTitle('Учёные нашли новый вид лягушки : Общество : Лента.ру', none)).toBe('Учёные нашли новый вид лягушки');
  });

  it('prefers the headline on the page when the title holds it', () => {
    expect(cleanTitle('Harbour Song, a poem by Eliza Marsh | Poetry Corner', { ...none, headings: ['Harbour Song'] })).toBe('Harbour Song');
  });

  it('prefers the page’s headline, confirmed by <title>, to a shorter one written for sharing', () => {
    const page = { ...none, documentTitle: 'News - Contaminated nasal spray recalled by medicines watchdog', headings: ['Contaminated nasal spray recalled by medicines watchdog'] };
    expect(cleanTitle('Contaminated nasal spray recalled', page)).toBe('Contaminated nasal spray recalled by medicines watchdog');
    // The same shared headline as <title>'s own is kept, whatever the logo set as <h1> says.
    const logo = { ...none, documentTitle: 'Cuts won’t touch food safety, minister says - The Morning Ledger', headings: ['The Morning Ledger'] };
    expect(cleanTitle('Cuts won’t touch food safety, minister says', logo)).toBe('Cuts won’t touch food safety, minister says');
  });

  it('does not take the logo heading for the headline', () => {
    expect(cleanTitle('Storm closes the bridge | Courier', { ...none, headings: ['Courier'] })).toBe('Storm closes the bridge');
  });

  it('drops an unnamed site and section trail behind strong separators', () => {
    expect(cleanTitle('Storm closes the harbour bridge | Local News - Evening Courier', none)).toBe('Storm closes the harbour bridge');
    expect(cleanTitle('Evening Courier | Storm closes the harbour bridge', none)).toBe('Storm closes the harbour bridge');
    expect(cleanTitle('Мост закрыли из-за шторма — Новости — Вечерний курьер', none)).toBe('Мост закрыли из-за шторма');
  });

  it('counts words of Chinese and Japanese by their characters', () => {
    expect(cleanTitle('男子涉嫌殺人被暫控謀殺罪 - 新聞網 - 新聞', none)).toBe('男子涉嫌殺人被暫控謀殺罪');
    expect(cleanTitle('台風で港の橋が閉鎖された | 夕刊新聞', none)).toBe('台風で港の橋が閉鎖された');
    expect(cleanTitle('上海 - 北京', none)).toBe('上海 - 北京');
  });

  it('keeps a headline whose own dash or bar joins two long halves', () => {
    expect(cleanTitle('Brexit - what happens next for the border', none)).toBe('Brexit - what happens next for the border');
    expect(cleanTitle('Prices rise again - and analysts expect more increases this winter', none)).toBe('Prices rise again - and analysts expect more increases this winter');
  });

  it('leaves titles with colons and hyphens in the headline alone', () => {
    expect(cleanTitle('Covid-19: what we know so far', none)).toBe('Covid-19: what we know so far');
  });

  it('takes no teaser cut short with an ellipsis for the headline', () => {
    const context = { siteName: null, documentTitle: '', headings: ['Flu claims four more, none vaccinated ..', 'Flu claims four more, none vaccinated: take care over the holiday'] };
    expect(cleanTitle('Flu claims four more, none vaccinated: take care over the holiday', context)).toBe('Flu claims four more, none vaccinated: take care over the holiday');
    expect(cleanTitle('Flu claims four more, none vaccinated: take care over the holiday', { ...context, headings: [context.headings[0]!] })).toBe(
      'Flu claims four more, none vaccinated: take care over the holiday',
    );
  });

  it('takes the segment of the title the page shows as a line of its own when no <h1> says it', () => {
    const shown = new Set(['Promising vaccine against hepatitis C', 'science']);
    const page = { ...none, shownAlone: (text: string) => shown.has(text) };
    expect(cleanTitle('THE DAILY - Promising vaccine against hepatitis C - science - Medicine – Biology', page)).toBe('Promising vaccine against hepatitis C');
    // A one-word menu label that is also a segment is no headline.
    expect(cleanTitle('THE DAILY - science', page)).toBe('THE DAILY - science');
  });
});
