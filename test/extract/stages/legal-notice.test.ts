import { describe, expect, it } from 'vitest';
import { legalNotice } from '../../../src/extract/stages/legal-notice';
import { extract } from '../../../src/extract/pipeline';
import { PROSE, article, parse, runStage } from '../../helpers';

const site = '<a href="/">Example News</a>';
const NOTICE =
  `<div class="bot1">Владелец и правообладатель проекта «${site}»: © Example Media. ` +
  'Правовые ограничения: материалы независимых журналистов публикуются по договорам с их авторами и изданиями, с которыми заключены соответствующие соглашения. ' +
  `Все права на материалы, опубликованные на сайте «${site}», охраняются в соответствии с законодательством. ` +
  `Допускается цитирование материалов «${site}» не более половины объёма оригинала, с обязательной прямой гиперссылкой на страницу, с которой материал заимствован. ` +
  'Редакция не несёт ответственности за достоверность информации, содержащейся в рекламных объявлениях, и не предоставляет справочной информации.</div>';

describe('legal-notice', () => {
  it("removes the site's legal small print, in any of the page's languages", () => {
    const polish = '<div><div>© Wszystkie prawa zastrzeżone</div> Żadna część jak i całość utworów zawartych w serwisie nie może być powielana i rozpowszechniana bez zgody wydawcy. <a href="/regulamin">Regulamin</a></div>';
    const run = runStage(legalNotice, `${article()}${NOTICE}${polish}`);
    expect(run.removals.map((r) => r.text.slice(0, 20))).toEqual(['Владелец и правообла', '© Wszystkie prawa za']);
    expect(run.text).toContain(PROSE[2]);
  });

  it('lets a short story be the article rather than the notice under it', () => {
    const story = '<div class="news"><h1>Подозреваемый скончался в изоляторе</h1><p>Сегодня днём задержанный по подозрению в убийстве мужчина попытался покончить с собой во время прогулки во дворе изолятора.</p><p>Медики приехали быстро, но спасти его не удалось. Проводится служебная проверка.</p></div>';
    const result = extract(parse(`<!doctype html><html><head><title>Новости</title></head><body>${story}<div class="footer">${NOTICE}</div></body></html>`));
    expect(result.ok).toBe(true);
    const text = result.ok ? result.article.text : '';
    expect(text).toContain('служебная проверка');
    expect(text).not.toContain('правообладатель');
  });

  it('keeps a box that only ends on a rights line, and a heading about copyright', () => {
    const signup = `<div class="sidebar"><p>New here? Create your account and follow the stories you care about, from every desk of the newsroom. By continuing, you agree to our user agreement and our privacy policy.</p><a href="/join">Join</a> <a href="/rules">Rules</a> <span>Example Inc. © 2026. All rights reserved.</span></div>`;
    const heading = '<h2 id="copyright-law-and-all-rights-reserved">Copyright law: who may say "all rights reserved"?</h2>';
    const run = runStage(legalNotice, `${article(heading)}${signup}`);
    expect(run.removals).toEqual([]);
  });

  it('keeps the story that quotes a rights line', () => {
    const quote = `<p>The label printed “© 2024 All rights reserved” on every sleeve, <a href="/label">the label</a> said, although the songs were old folk tunes. ${PROSE[0]}</p>`;
    const run = runStage(legalNotice, article(quote));
    expect(run.removals).toEqual([]);
  });
});
