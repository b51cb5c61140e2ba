import "server-only";
import type { RecordFieldErrors } from "./record-types";

/**
 * A route's or metric's slug is how links, CSV files and imports name it: it is unique, and it never changes once
 * the record exists (a changed slug would silently break every link and every re-import of an exported file).
 */
export async function slugErrors(
  noun: string,
  slug: string,
  current: { values: { slug: string } } | null,
  findTaken: (slug: string) => Promise<{ name: string } | null>,
): Promise<RecordFieldErrors | null> {
  if (current) {
    return slug === current.values.slug
      ? null
      : { slug: [`A ${noun}'s slug cannot change (it was ${current.values.slug}): links, CSV files and imports name ${noun}s by it`] };
  }
  const taken = await findTaken(slug);
  return taken ? { slug: [`The slug ${slug} is already the ${noun} “${taken.name}”`] } : null;
}
