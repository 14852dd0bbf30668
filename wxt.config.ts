import { defineConfig } from 'wxt';
import { READABILITY_FILE, readabilityWithoutUnusedParts } from './build/readability-parts.mjs';

// Permissions are the minimum the reader needs: the page agent is injected on demand into the tab
// the user invoked us on (activeTab + scripting), so no host permission is requested. The
// optional one is asked for only when the reader turns on the article badge.
// Readability's internals: its single-underscore names (a double underscore is a marker it reads
// from the parsed document), the constants it keeps on its prototype and the score it hangs on
// nodes (`node.readability.contentScore`). No one outside the bundle reads them; DOM constants it
// also reads from nodes (TEXT_NODE) are not among them.
const READABILITY_INTERNALS =
  /^(?:_(?!_).*|FLAG_(?:STRIP_UNLIKELYS|WEIGHT_CLASSES|CLEAN_CONDITIONALLY)|DEFAULT_(?:MAX_ELEMS_TO_PARSE|N_TOP_CANDIDATES|TAGS_TO_SCORE|CHAR_THRESHOLD)|REGEXPS|UNLIKELY_ROLES|DIV_TO_P_ELEMS|ALTER_TO_DIV_EXCEPTIONS|PRESENTATIONAL_ATTRIBUTES|DEPRECATED_SIZE_ATTRIBUTE_ELEMS|PHRASING_ELEMS|CLASSES_TO_PRESERVE|HTML_ESCAPE_MAP|readability|contentScore|unlikelyCandidates|okMaybeItsACandidate|positive|negative|extraneous|replaceFonts|videos|shareElements|nextLink|prevLink|tokenize|whitespace|hasContent|hashUrl|srcsetUrl|b64DataUrl|commas|jsonLdArticleTypes|adWords|loadingWords|linkDensityModifier|disableJSONLD|serializer|classesToPreserve|allowedVideoRegex|keepClasses|nbTopCandidates|charThreshold|maxElemsToParse)$/;

// Our own names that stay inside the page agent's bundle (block rules, the copy's, the index's and
// the title's inner interfaces, the text length Readability reports), shortened the same way;
// nothing that crosses a message is among them. Some are also DOM names terser keeps by default
// (`phrases`, `phase`, `label`): only these exact names are shortened (`builtins`), and no DOM
// object's property of that name is read anywhere. Names read from parsed JSON-LD (a recipe's
// `ingredients`) or set through `dataset` must never be among them.
const AGENT_INTERNALS =
  /^(?:phase|structure|structureAlone|structureCount|maxChars|maxCharsNamedAndSaid|phrases|documentTitle|shownAlone|holdsArticle|holdsAllProse|shownParagraphChars|shownProseChars|proseChars|outsideProseDone|screenedDepth|onLeftOut|headlines|commentChars|measuredStages|maxElements|maxDepth|itemTypes|mixed|textLength|words|lines|lineBreak|columns|discussion|pending|details|stale|opening|dated|saysCredit|jsonLd|canonical|observer|outsideProse|pageChrome|headings|paragraphs|disable|blocks|record|measured|counts|parentAtRemoval|siblingBefore|chars|names|label|box|meta|heading|parts|child|stepKeys|recipe|rule|para|metas|region|paragraphChars|keepCaptions|copy|path|note|removing|invalidate|normalized|baseUrl|site|node)$/;

/** The page agent's Readability, as the command-line tool's: without the parts we never reach. */
function trimmedReadability() {
  return {
    name: 'readability-without-unused-parts',
    transform: (code: string, id: string) => (READABILITY_FILE.test(id) ? { code: readabilityWithoutUnusedParts(code), map: null } : null),
  };
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: process.env.CLEAN_READER_E2E ? '.output-e2e' : '.output',
  // Terser packs the script injected into pages a few percent tighter than esbuild (budget: 40 KB);
  // a third pass takes ~20 bytes more off it, and arrows for function expressions that never read
  // `this` ~30 (nothing here calls a function expression with `new` or reads its prototype).
  // Readability's internals are shortened too (READABILITY_INTERNALS). Its debug log is never on
  // here: the calls and their strings go (their arguments only read properties).
  vite: () => ({
    plugins: [trimmedReadability()],
    build: { minify: 'terser', terserOptions: { compress: { passes: 3, pure_funcs: ['this.log'], pure_getters: true, unsafe: true, unsafe_arrows: true, ecma: 2020 }, ecma: 2020, mangle: { properties: { regex: new RegExp(`${READABILITY_INTERNALS.source}|${AGENT_INTERNALS.source}`), builtins: true } } } },
    // The end-to-end build opens the overlay's shadow root so that axe-core can check it (axe cannot
    // see into closed roots); the product's stays closed.
    define: { __OVERLAY_SHADOW_MODE__: JSON.stringify(process.env.CLEAN_READER_E2E ? 'open' : 'closed') },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // The end-to-end suite drives the built extension headless, where nobody can click the toolbar
    // button that grants activeTab: its build (CLEAN_READER_E2E=1) may read the local test server.
    ...(process.env.CLEAN_READER_E2E ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(manifestVersion === 3 ? { optional_host_permissions: ['<all_urls>'] } : { optional_permissions: ['<all_urls>'] }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-reader-mode': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
    // data_collection_permissions is read from Firefox 140 (Android 142): the minimum versions say so.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'clean-reader@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
