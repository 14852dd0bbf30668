import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

// Injected for the toolbar mark on every page the reader opens (when they allowed it): only
// Readability's quick test, not the page agent, whose 40 KB would be read on every page for one
// yes or no. Its answer is what `scripting.executeScript` returns.
export default defineUnlistedScript(() => isProbablyReaderable(document));
