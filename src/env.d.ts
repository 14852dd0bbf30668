declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** 'closed' in the product; 'open' in the end-to-end build, for axe-core (see wxt.config.ts). */
declare const __OVERLAY_SHADOW_MODE__: ShadowRootMode;
