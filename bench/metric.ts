// The Scrapinghub article-extraction-benchmark metric, written from its definition
// (github.com/scrapinghub/article-extraction-benchmark, MIT): texts become `\w+` tokens and
// 4-token shingles; per page, true/false positives and negatives are counted over shingle
// multisets and normalised to sum to 1; precision and recall are averaged over pages and F1
// is taken of the two means. Accuracy is the share of pages whose token sequence is exact.

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  exact: boolean;
}

// Python's `\w` in Unicode mode: letters, digits and underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(tokens: string[], size: number): Map<string, number> {
  const counts = new Map<string, number>();
  // Texts shorter than a shingle still count, as one shorter shingle.
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + size).join('\u0001');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export function scorePage(expected: string, predicted: string, size = 4): PageScore {
  const expectedTokens = tokenize(expected);
  const predictedTokens = tokenize(predicted);
  const truth = shingles(expectedTokens, size);
  const guess = shingles(predictedTokens, size);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...guess.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = guess.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const total = tp + fp + fn;
  const exact = expectedTokens.length === predictedTokens.length && expectedTokens.every((token, i) => token === predictedTokens[i]);
  return total > 0 ? { tp: tp / total, fp: fp / total, fn: fn / total, exact } : { tp, fp, fn, exact };
}

export function precisionOf({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

export function summarize(pages: PageScore[]): Summary {
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))) };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * WCXB's word F1 (its evaluate.py): lower-cased `\w+` tokens as multisets. An empty reference
 * scores 1 for an empty extraction and 0 otherwise.
 */
export function wordF1(expected: string, predicted: string): number {
  const truth = tokenize(expected.toLowerCase());
  const guess = tokenize(predicted.toLowerCase());
  if (truth.length === 0) return guess.length === 0 ? 1 : 0;
  if (guess.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of truth) counts.set(token, (counts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of guess) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(token, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / guess.length;
  const recall = overlap / truth.length;
  return (2 * precision * recall) / (precision + recall);
}

const collapseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  /** At least one `without` snippet survived (case ignored). */
  junk: boolean;
  /** The page has `without` snippets at all: only such pages count in the junk share. */
  judged: boolean;
}

/**
 * Trafilatura's evaluation: a `with` snippet found is a true positive, else a false negative; a
 * `without` snippet found is a false positive. Case counts there; the junk share ignores case.
 */
export function snippetCounts(text: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): SnippetCounts {
  const haystack = collapseSpace(text);
  const lower = haystack.toLowerCase();
  const found = (snippet: string) => haystack.includes(collapseSpace(snippet));
  const tp = withSnippets.filter(found).length;
  return {
    tp,
    fn: withSnippets.length - tp,
    fp: withoutSnippets.filter(found).length,
    junk: withoutSnippets.some((snippet) => lower.includes(collapseSpace(snippet).toLowerCase())),
    judged: withoutSnippets.length > 0,
  };
}

export function snippetSummary(pages: readonly SnippetCounts[]): { precision: number; recall: number; f1: number; junkShare: number } {
  const sum = (key: 'tp' | 'fn' | 'fp') => pages.reduce((total, page) => total + page[key], 0);
  const tp = sum('tp');
  const precision = tp / (tp + sum('fp') || 1);
  const recall = tp / (tp + sum('fn') || 1);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, junkShare: pages.filter((p) => p.junk).length / (pages.filter((p) => p.judged).length || 1) };
}
