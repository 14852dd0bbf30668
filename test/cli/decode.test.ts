import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeHtml, declaredCharset } from '../../src/cli/decode';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;
const bytes = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

// Long enough for a detector to tell encodings apart, as a real page's text is.
const russian = 'Губернатор области провёл совещание с главами муниципалитетов. Обсуждали ремонт дорог, школ и больниц, а также подготовку к зиме. '.repeat(4);
const chinese = '国务院总理主持召开常务会议，部署进一步做好稳就业工作，决定延续实施部分减税降费政策。会议指出，就业是民生之本。'.repeat(4);
const japanese = '政府は本日、新しい経済対策を閣議決定した。物価高への対応として、電気料金やガス料金の負担軽減策を盛り込んだ。'.repeat(4);
const korean = '정부는 오늘 국무회의에서 새로운 경제 대책을 의결했다. 물가 상승에 대응하기 위해 전기 요금과 가스 요금 부담 경감책을 포함했다.'.repeat(4);

describe('decodeHtml', () => {
  it('takes a byte-order mark first', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode(page('Привет'), 'utf16le')]);
    expect(decodeHtml(utf16)).toContain('Привет');
  });

  it('reads valid UTF-8 as UTF-8 even under a meta that names another charset', () => {
    const html = page(chinese, '<meta charset="gb2312">');
    expect(decodeHtml(new Uint8Array(Buffer.from(html)))).toContain(chinese.slice(0, 20));
  });

  it('follows the server header, then the meta, http-equiv or XML declaration', () => {
    expect(decodeHtml(bytes(page(russian), 'koi8-r'), 'koi8-r')).toContain(russian.slice(0, 30));
    expect(decodeHtml(bytes(page(russian, '<meta charset="windows-1251">'), 'windows-1251'))).toContain(russian.slice(0, 30));
    expect(decodeHtml(bytes(page(russian, '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'), 'koi8-r'))).toContain(russian.slice(0, 30));
    expect(decodeHtml(bytes(`<?xml version="1.0" encoding="windows-1251"?>${page(russian)}`, 'windows-1251'))).toContain(russian.slice(0, 30));
    expect(declaredCharset(new Uint8Array(Buffer.from('<meta content="text/html; charset=EUC-KR" http-equiv="Content-Type">')))).toBe('EUC-KR');
  });

  it.each([
    ['windows-1251', russian],
    ['koi8-r', russian],
    ['gbk', chinese],
    ['shift_jis', japanese],
    ['euc-kr', korean],
  ])('detects undeclared %s', (encoding, text) => {
    expect(decodeHtml(bytes(page(text), encoding))).toContain(text.slice(0, 30));
  });

  it('falls back to windows-1252 for undeclared Latin bytes, as browsers do, its quotes and dashes too', () => {
    expect(decodeHtml(bytes(page('Grüße aus Köln, café crème'), 'windows-1252'))).toContain('Grüße aus Köln, café crème');
    const quoted = '“Ask them,” she said — it’s €5…';
    expect(decodeHtml(bytes(page(quoted), 'windows-1252'))).toContain(quoted);
    expect(decodeHtml(bytes(page(quoted, '<meta charset="iso-8859-1">'), 'windows-1252'))).toContain(quoted);
  });

  it('reads control characters U+0080-U+009F in UTF-8 text as the windows-1252 quotes they were', () => {
    const converted = 'Britain\u0092s \u0093potentially revolutionary\u0094 jab \u0096 a trial';
    expect(decodeHtml(new Uint8Array(Buffer.from(page(converted))))).toContain('Britain’s “potentially revolutionary” jab – a trial');
  });

  it('reads again text saved as UTF-8 twice, and leaves a lone look-alike', () => {
    const polish = 'Zażółć gęślą jaźń — ich obowiązków „nie wolno“ zaniedbać. ';
    const twice = (text: string, via: string) => new Uint8Array(Buffer.from(iconv.decode(Buffer.from(text), via)));
    expect(decodeHtml(twice(page(polish.repeat(3)), 'windows-1252'))).toContain(polish.repeat(3));
    expect(decodeHtml(twice(page(polish.repeat(3)), 'latin1'))).toContain(polish.repeat(3));
    expect(decodeHtml(new Uint8Array(Buffer.from(page('CAFÉ’S MENU: Ã© stands for é read twice'))))).toContain('CAFÉ’S MENU: Ã© stands');
  });

  it('ignores unknown and UTF-16 labels on bytes without a BOM', () => {
    expect(decodeHtml(new Uint8Array(Buffer.from(page('ok', '<meta charset="no-such-charset">'))))).toContain('ok');
    expect(decodeHtml(bytes(page(russian, '<meta charset="utf-16">'), 'windows-1251'))).toContain(russian.slice(0, 30));
  });
});
