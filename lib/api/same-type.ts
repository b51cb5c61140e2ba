// A compile-time proof that a zod schema and the data layer's type agree, so the OpenAPI document cannot drift
// from what the handlers send: `same<z.infer<typeof Schema>, Type>(true)` type-checks only when they do.

/** Each assignable to the other: every field of the type is in the schema, with the same type, and no other. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const same = <A, B>(proof: Same<A, B>) => proof;
