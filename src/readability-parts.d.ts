// Readability's package main bundles the parser and the quick "is it an article?" test together
// (CommonJS, so a bundler cannot leave one out): the page agent needs only the parser, the
// toolbar mark's script only the test. Each file exports its one function as the module.
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
declare module '@mozilla/readability/Readability-readerable.js' {
  import { isProbablyReaderable } from '@mozilla/readability';
  export default isProbablyReaderable;
}
