// parse5 runs the HTML standard's tree construction (what browsers do with content before
// <body>, a second <body>, misnested tags, tables with stray text); this adapter has it build
// linkedom nodes directly, so a page is parsed once into the light DOM the pipeline runs on.

import { parseHTML } from 'linkedom';
import { html as html5, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';

type LinkedomMap = TreeAdapterTypeMap<Node, ParentNode & Node, ChildNode, Document, DocumentFragment, Element, Comment, Text, Element, DocumentType>;

const NS = html5.NS;

/** An empty linkedom document to build into (linkedom's own parse would add html/head/body). */
export function emptyDocument(): Document {
  const { document } = parseHTML('');
  const doc = document as unknown as Document;
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  return doc;
}

const qualified = (attr: Token.Attribute) => (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name);

export function linkedomTreeAdapter(doc: Document): TreeAdapter<LinkedomMap> {
  const modes = new WeakMap<Document, html5.DOCUMENT_MODE>();
  const setAttributes = (el: Element, attrs: Token.Attribute[], onlyMissing: boolean) => {
    for (const attr of attrs) {
      const name = qualified(attr);
      if (onlyMissing && el.hasAttribute(name)) continue;
      try {
        el.setAttribute(name, attr.value);
      } catch {
        // A name the DOM refuses (it can't be written as markup either) is dropped, as browsers'
        // setAttribute would refuse it too.
      }
    }
  };
  const lastText = (parent: Node, before: Node | null) => {
    const previous = before ? before.previousSibling : parent.lastChild;
    return previous && previous.nodeType === 3 ? (previous as Text) : null;
  };
  return {
    createDocument: () => doc,
    // Template contents stay children of the <template>, as linkedom keeps them.
    createDocumentFragment: () => doc.createDocumentFragment(),
    setTemplateContent: () => {},
    getTemplateContent: (template) => template as unknown as DocumentFragment,
    createElement(tagName, namespaceURI, attrs) {
      const el = namespaceURI === NS.HTML ? doc.createElement(tagName) : doc.createElementNS(namespaceURI, tagName);
      setAttributes(el, attrs, false);
      return el;
    },
    createCommentNode: (data) => doc.createComment(data),
    createTextNode: (value) => doc.createTextNode(value),
    appendChild: (parent, node) => void parent.appendChild(node),
    insertBefore: (parent, node, reference) => void parent.insertBefore(node, reference),
    detachNode: (node) => void node.parentNode?.removeChild(node),
    insertText(parent, text) {
      const previous = lastText(parent, null);
      if (previous) previous.data += text;
      else parent.appendChild(doc.createTextNode(text));
    },
    insertTextBefore(parent, text, reference) {
      const previous = lastText(parent, reference);
      if (previous) previous.data += text;
      else parent.insertBefore(doc.createTextNode(text), reference);
    },
    adoptAttributes: (el, attrs) => setAttributes(el, attrs, true),
    setDocumentType(document, name, publicId, systemId) {
      if (document.doctype) return;
      const doctype = document.implementation?.createDocumentType?.(name, publicId, systemId);
      if (doctype) document.insertBefore(doctype, document.firstChild);
    },
    setDocumentMode: (document, mode) => void modes.set(document, mode),
    getDocumentMode: (document) => modes.get(document) ?? html5.DOCUMENT_MODE.NO_QUIRKS,
    getFirstChild: (node) => node.firstChild as ChildNode | null,
    getChildNodes: (node) => Array.from(node.childNodes),
    getParentNode: (node) => node.parentNode as (ParentNode & Node) | null,
    getAttrList: (el) => Array.from(el.attributes, (attr) => ({ name: attr.name, value: attr.value })),
    getTagName: (el) => el.localName,
    getNamespaceURI: (el) => (el.namespaceURI as html5.NS | null) ?? NS.HTML,
    getTextNodeContent: (node) => node.data,
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: (node) => node.name,
    getDocumentTypeNodePublicId: (node) => node.publicId,
    getDocumentTypeNodeSystemId: (node) => node.systemId,
    isTextNode: (node): node is Text => node.nodeType === 3,
    isCommentNode: (node): node is Comment => node.nodeType === 8,
    isDocumentTypeNode: (node): node is DocumentType => node.nodeType === 10,
    isElementNode: (node): node is Element => node.nodeType === 1,
    setNodeSourceCodeLocation: () => {},
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => {},
  };
}

