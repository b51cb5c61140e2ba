// Structured checks of a renderer's SVG: the string is parsed into elements (a small parser for the renderer's own
// output: elements, attributes and text, no comments or CDATA), which also proves it is well-formed.

export type Element = { name: string; attributes: Record<string, string>; children: Element[]; text: string; parent: Element | null };

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!);

export function parseSvg(svg: string): Element {
  const root: Element = { name: "#root", attributes: {}, children: [], text: "", parent: null };
  let current = root;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = tag.exec(svg)) !== null) {
    consumed = tag.lastIndex;
    const [, closing, name, attributeText, selfClosing, text] = match;
    if (text !== undefined) {
      current.text += decode(text);
      continue;
    }
    if (closing) {
      if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`);
      current = current.parent!;
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of attributeText!.matchAll(/([\w:-]+)="([^"]*)"/g)) attributes[key!] = decode(value!);
    const element: Element = { name: name!, attributes, children: [], text: "", parent: current };
    current.children.push(element);
    if (!selfClosing) current = element;
  }
  if (consumed !== svg.length) throw new Error(`unparsed SVG from character ${consumed}: ${svg.slice(consumed, consumed + 40)}`);
  if (current !== root) throw new Error(`<${current.name}> is never closed`);
  if (root.children.length !== 1) throw new Error(`${root.children.length} root elements`);
  return root.children[0]!;
}

export const all = (element: Element, test: (element: Element) => boolean): Element[] =>
  element.children.flatMap((child) => [...(test(child) ? [child] : []), ...all(child, test)]);
export const textOf = (element: Element): string => element.text + element.children.map(textOf).join("");
export const hasClass = (element: Element, name: string) => (element.attributes.class ?? "").split(" ").includes(name);
export const ancestors = (element: Element): Element[] => (element.parent ? [element.parent, ...ancestors(element.parent)] : []);
