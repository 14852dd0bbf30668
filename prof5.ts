import { loadScrapinghub } from './bench/corpora';
import { parseDocument } from './src/cli/parse';
import { extract } from './src/extract/pipeline';
const pages = loadScrapinghub('/work/shared/benchmarks/scrapinghub');
const docs = pages.map((p) => parseDocument(p.html));
for (let round = 0; round < 2; round++) docs.forEach((d, i) => extract(d, { url: pages[i]!.url }));
