import type { Stage } from '../types';
import { linkDensity, namePattern } from '../dom';

// "Read also", "Most read", "Related" lists: a heading such lists wear and a run of headline links.
// Also the inline "Читайте также: <a>…</a>" line that sites drop between paragraphs.
const RELATED_NAMES = namePattern([
  'related', 'related-news', 'related-posts', 'related-articles', 'recommended', 'recommendations', 'recommend',
  'read-more', 'readmore', 'read-also', 'also-read', 'see-also', 'more-news', 'more-stories', 'popular', 'most-read',
  'mostread', 'most-popular', 'trending', 'top-news', 'teasers', 'similar', 'partner-news', 'news-partners',
  'recirc', 'recirculation', 'more-from', 'inread', 'smi24', 'lentainform', 'infox',
]);
export const RELATED_PHRASES = new RegExp(
  '^(?:' +
    [
      '(?:читайте|смотрите|читать) (?:также|тоже|еще|ещё)', 'также читайте', 'по теме', 'популярное',
      'самое (?:читаемое|популярное|интересное|важное)', 'вам (?:может быть |будет )?интересно', 'новости партн[её]ров',
      'другие новости', 'ещё по теме', 'читайте також', 'дивіться також', 'популярне', 'найпопулярніше',
      'read (?:more|also|next)', 'related', 'more (?:from|stories|on|news)', 'most (?:read|popular|viewed|shared)',
      'you (?:may|might) (?:also )?like', 'recommended(?: for you)?', 'trending', 'see also', 'also read',
      'more in', "editors'? picks", 'what others are reading', '(?:other )?(?:posts|articles|stories) you (?:may|might|will) (?:also )?(?:enjoy|like)',
      'you may (?:also )?be interested in', 'good articles to read',
      // Only as a label: "Don't miss the exhibition" is a sentence.
      "(?:don[’']t miss|see more)(?=\\s*[:.…!]?\\s*$|\\s*:)",
      // German, French, Spanish, Italian, Polish, Portuguese
      'auch interessant', 'das (?:thema )?könnte (?:dich|sie) (?:auch )?interessieren', 'mehr zum thema', 'weitere (?:artikel|beiträge|nachrichten)',
      'ähnliche (?:artikel|beiträge)', 'lesen sie (?:auch|mehr)', 'weiterführende (?:links?|artikel)', 'passend zum thema', 'auch lesen', 'zum weiterlesen', 'siehe auch', 'empfehlungen',
      'meistgelesen', '(?:à )?lire aussi', 'sur le même sujet', 'articles similaires', 'les plus lus', '(?:te|le) puede interesar', 'v(?:ea|er) también', 'mira también', 'voir aussi', 'vedi anche',
      'lee también', 'lea (?:también|además)', 'mire(?=\\s*:)', '(?:noticias|artículos) relacionad[oa]s', 'lo más leído', 'leggi anche', 'potrebbe interessarti', 'articoli correlati',
      'czytaj (?:też|także|również)', 'zobacz (?:też|także|również)', 'polecamy', 'podobne artykuły', 'leia também', 'veja também',
      'notícias relacionadas', '(?:unsere |weitere )?lesetipps?',
      // Chinese, Japanese: related news, further reading, recommended reading.
      '相[关關](?:新[闻聞]|[阅閱][读讀]|文章|[报報]道|[链鏈]接)', '延伸[阅閱][读讀]', '推[荐薦][阅閱][读讀]', '[热熱][门門](?:新[闻聞]|文章|推[荐薦])', '関連(?:記事|ニュース)',
    ].join('|') +
    ')',
  'i',
);

export const related: Stage = {
  name: 'related',
  phase: 'before',
  rule: {
    reason: 'related',
    names: RELATED_NAMES,
    phrases: RELATED_PHRASES,
    maxChars: 2500,
    structure(el, length) {
      const density = linkDensity(el, length);
      if (density <= 0.5) return 0;
      return el.querySelectorAll('a').length >= 3 ? 2 : 1;
    },
  },
};
