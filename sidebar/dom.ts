// DOM building without innerHTML: elements from a tag, attributes and children (text always as text nodes).

/** A child of an element: a node, text, or nothing. */
export type Child = Node | string | null | undefined | false;

/** Attribute values: strings are set as is, `true` sets an empty attribute, `false`/undefined leave it out. */
export type Attrs = Record<string, string | number | boolean | undefined>;

/** Creates an element with attributes and children; text children become text nodes (never parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children (text as text nodes). */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Removes every child of a node. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

let counter = 0;
/** A document-unique id with a readable prefix. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
