// Metrics that sound alike but measure different things (Azerbaijan's North–South transit beside the State
// Statistics Committee's cargo per corridor) stay separate metrics; each names its look-alikes and how they differ,
// so a reader is warned and never sees them joined. A metric keeps them as text, one per line – "other_slug: how
// they differ" – so they are edited in the metric form and kept in its history like every other field.

export type Lookalike = { slug: string; difference: string };

export const maxLookalikes = 20;
export const maxDifference = 400;

const slugPattern = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

/** Parses the editor's lines; blank lines are ignored. Errors name the line, as the editor counts them. */
export function parseLookalikes(text: string): { ok: true; lookalikes: Lookalike[] } | { ok: false; errors: string[] } {
  const lookalikes: Lookalike[] = [];
  const errors: string[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    const colon = line.indexOf(":");
    const slug = colon < 0 ? line : line.slice(0, colon).trim();
    const difference = colon < 0 ? "" : line.slice(colon + 1).trim();
    if (!slugPattern.test(slug))
      errors.push(`Line ${index + 1} must start with a metric's slug, then a colon: "transit_time: how they differ"`);
    else if (difference === "") errors.push(`Line ${index + 1} must say how ${slug} differs, after a colon`);
    else if (difference.length > maxDifference)
      errors.push(`Line ${index + 1}: the difference must be at most ${maxDifference} characters`);
    else if (lookalikes.some((entry) => entry.slug === slug)) errors.push(`Line ${index + 1} names ${slug} again`);
    else lookalikes.push({ slug, difference });
  });
  if (lookalikes.length > maxLookalikes) errors.push(`At most ${maxLookalikes} look-alikes`);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, lookalikes };
}

/** The stored text of a list: one "slug: difference" a line, in the order given. */
export function formatLookalikes(lookalikes: readonly Lookalike[]): string {
  return lookalikes.map(({ slug, difference }) => `${slug}: ${difference}`).join("\n");
}
