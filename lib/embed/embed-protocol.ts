// How an embedded chart tells the page around it how tall it is (documented in the README, "Embeds"): the embed
// posts { type: "corridor-watch:embed-height", height } to its parent whenever its content's height changes, and the
// snippet's listener sets the height of the iframe the message came from, if it came from this site's origin.

export const embedHeightMessage = "corridor-watch:embed-height";

export type EmbedHeightMessage = { type: typeof embedHeightMessage; height: number };

export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { type?: unknown }).type === embedHeightMessage &&
    Number.isFinite((data as { height?: unknown }).height)
  );
}

const attribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The HTML a site pastes to embed a chart: the iframe, and the few lines that resize it to its content. */
export function embedSnippet(origin: string, path: string, title: string): string {
  const src = `${origin}${path}`;
  const listener =
    `window.addEventListener("message",function(e){` +
    `if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(embedHeightMessage)})return;` +
    `var f=document.getElementsByTagName("iframe");` +
    `for(var i=f.length;i--;)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(e.data.height)+"px";});`;
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" style="width:100%;height:640px;border:0" loading="lazy"></iframe>\n` +
    // The listener holds no "<", and an origin cannot, so nothing in it can close the script element early.
    `<script>${listener}</script>`
  );
}
