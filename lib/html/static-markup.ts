import "server-only";
import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

// A page's static parts (tables of numbers, source lists, the timeline) rendered once, on the server, as HTML:
// React then neither hydrates them element by element nor carries them in the page's payload as element trees.
// On a phone, hydrating the overview's three thousand elements and parsing their description twice was most of
// its total blocking time (issue 13). react-dom/server cannot run in a Server Component, so this renders the small
// subset of React those parts use: host elements, fragments and plain function components without hooks.
// Anything else (a client component, a hook, an event handler, an async component) throws, so a part that needs
// React in the browser cannot be put here by mistake. components/static-html.test.ts holds the output to
// react-dom/server's for the real components.

const voidElements = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/**
 * The camelCase props these parts use, written as react-dom/server writes them (HTML attribute names are
 * case-insensitive, so `colSpan` is `colspan`); any other camelCase prop is refused.
 */
const attributeNames: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  tabIndex: "tabindex",
  colSpan: "colSpan",
  rowSpan: "rowSpan",
  dateTime: "dateTime",
  readOnly: "readOnly",
};

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

const skippedProps = new Set(["children", "key", "ref", "dangerouslySetInnerHTML", "suppressHydrationWarning"]);

const needsEscape = /[&<>"']/;

function escapeHtml(text: string): string {
  // Most texts (numbers, dates, names) have nothing to escape: one test instead of a replace with a callback.
  return needsEscape.test(text) ? text.replace(/[&<>"']/g, (character) => escapes[character]!) : text;
}

/** Props already checked, by name: a page writes the same few thousands of times. */
const checkedNames = new Map<string, string>(Object.entries(attributeNames));

function attributeName(prop: string, tag: string): string {
  const known = checkedNames.get(prop);
  if (known !== undefined) return known;
  if (/^(aria|data)-[a-z0-9-]+$/.test(prop) || /^[a-z]+$/.test(prop)) {
    checkedNames.set(prop, prop);
    return prop;
  }
  throw new Error(`Static markup: <${tag}> has the prop “${prop}”, which it does not know how to write as HTML`);
}

function styleText(style: unknown, tag: string): string {
  if (typeof style !== "object" || style === null) throw new Error(`Static markup: <${tag}>'s style is not an object`);
  return Object.entries(style)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([property, value]) => {
      if (typeof value !== "string") throw new Error(`Static markup: <${tag}>'s style “${property}” must be text (with its unit)`);
      return `${property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${value}`;
    })
    .join(";");
}

function attributes(tag: string, props: Record<string, unknown>): string {
  let text = "";
  for (const [prop, value] of Object.entries(props)) {
    if (skippedProps.has(prop) || value === null || value === undefined || value === false) continue;
    if (typeof value === "function") throw new Error(`Static markup: <${tag}> has a handler (${prop}); static parts have none`);
    const name = attributeName(prop, tag);
    if (value === true) text += ` ${name}=""`;
    else if (prop === "style") text += ` style="${escapeHtml(styleText(value, tag))}"`;
    else if (typeof value === "string" || typeof value === "number") text += ` ${name}="${escapeHtml(String(value))}"`;
    else throw new Error(`Static markup: <${tag}>'s “${prop}” is neither text, a number nor a boolean`);
  }
  return text;
}

function renderElement(element: ReactElement): string {
  const { type } = element;
  const props = element.props as Record<string, unknown> & { children?: ReactNode };
  if (type === Fragment) return renderStaticMarkup(props.children);
  if (typeof type === "function") {
    const rendered: unknown = (type as (props: unknown) => unknown)(props);
    if (rendered instanceof Promise) throw new Error(`Static markup: ${type.name || "a component"} is async; static parts render at once`);
    return renderStaticMarkup(rendered as ReactNode);
  }
  if (typeof type !== "string")
    throw new Error("Static markup: only HTML elements and plain components; this part has a client or special component");
  const inner = props.dangerouslySetInnerHTML as { __html?: unknown } | undefined;
  if (voidElements.has(type)) return `<${type}${attributes(type, props)}/>`;
  const open = `<${type}${attributes(type, props)}>`;
  const content = inner ? String(inner.__html ?? "") : renderStaticMarkup(props.children);
  return `${open}${content}</${type}>`;
}

/** The HTML of `node`, escaped: text and attribute values can never open a tag or end an attribute. */
export function renderStaticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeHtml(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map((child: ReactNode) => renderStaticMarkup(child)).join("");
  if (isValidElement(node)) return renderElement(node);
  if (typeof node === "object" && Symbol.iterator in node) return [...(node as Iterable<ReactNode>)].map(renderStaticMarkup).join("");
  throw new Error("Static markup: a part renders something that is not an element or text (a promise?)");
}
