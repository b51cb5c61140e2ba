import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EventInputSchema, emptyEventForm } from "../admin/events/event-input";
import { FigureListQuerySchema } from "../admin/figures/figure-list-query";
import { emptyFigureForm, FigureInputSchema } from "../admin/figure-input";
import { emptyMetricForm, MetricInputSchema } from "../admin/metrics/metric-input";
import { recordListBase } from "../admin/records/record-list-query";
import { RecordRestoreSchema, RecordVersionSchema } from "../admin/records/record-types";
import { emptyRouteForm, RouteInputSchema } from "../admin/routes/route-input";
import { isWebAddress } from "../admin/source-fields";
import { SignInSchema } from "../auth/sign-in";
import { FigureFilterSchema } from "../filters/figure-filter";
import { maxInt4, utf8Length } from "./storable";

// Issue 10: no validation rule may cost more than linear time in its input, and text the database cannot store
// is a field error. The regexp lint rules prove every literal pattern is linear; this proves the other half:
// each text rule checks its length before any pattern runs, so a megabyte of hostile text is refused after a
// pattern has seen at most a field's worth of it. Work is measured by what the patterns see, not by the clock.

type Schema = { safeParse: (value: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } };

const cases: { name: string; schema: Schema; base: Record<string, unknown> }[] = [
  { name: "figure", schema: FigureInputSchema, base: emptyFigureForm },
  { name: "route", schema: RouteInputSchema, base: emptyRouteForm },
  { name: "metric", schema: MetricInputSchema, base: emptyMetricForm },
  { name: "event", schema: EventInputSchema, base: emptyEventForm },
  { name: "sign-in", schema: SignInSchema, base: { email: "", password: "" } },
  { name: "public figure filter", schema: FigureFilterSchema, base: { metric: "", route: "", status: "", from: "", to: "", source: "" } },
  { name: "admin figure list", schema: FigureListQuerySchema, base: { metric: "", route: "", source: "", q: "" } },
  { name: "admin record list", schema: recordListBase, base: { q: "" } },
];

/** Inputs that make backtracking patterns work hardest: repeated separators, almost-matches, no closing part. */
const megabyte = 1_000_000;
const hostile = [
  `http://${".".repeat(megabyte)} `,
  `https://${"a.".repeat(megabyte / 2)}\n`,
  "a".repeat(megabyte),
  `${"a-".repeat(megabyte / 2)}!`,
  `${"(".repeat(megabyte)}x`,
  `${"1".repeat(megabyte)}.`,
  `${"a@".repeat(megabyte / 2)}`,
];

let longestSeen = 0;
const singleClass = /^\[[^\]]*\]$/;
const originalExec = RegExp.prototype.exec;

describe("every text rule", () => {
  beforeEach(() => {
    longestSeen = 0;
    // Every pattern use (test, match, replace, split) goes through exec, so this sees each string a pattern scans.
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      // One character class without a quantifier is a single linear scan (zod probes for surrogates so).
      if (originalExec.call(singleClass, this.source) === null) longestSeen = Math.max(longestSeen, String(text).length);
      return originalExec.call(this, text);
    };
  });
  afterEach(() => {
    RegExp.prototype.exec = originalExec;
  });

  for (const { name, schema, base } of cases) {
    for (const field of Object.keys(base)) {
      it(`refuses a megabyte in ${name}.${field} before a pattern reads more than 10,000 characters of it`, () => {
        for (const attack of hostile) {
          const result = schema.safeParse({ ...base, [field]: attack });
          expect(result.success, `${name}.${field}`).toBe(false);
          expect(
            result.error?.issues.some((issue) => issue.path.at(-1) === field),
            `${name}.${field}: an error on the field`,
          ).toBe(true);
        }
        expect(longestSeen, `${name}.${field}: longest text a pattern scanned`).toBeLessThanOrEqual(10_000);
      });

      // A password is hashed, never stored: any character may be in it.
      if (field === "password") continue;
      it(`refuses a NUL character in ${name}.${field} as a field error`, () => {
        const result = schema.safeParse({ ...base, [field]: "a\u0000b" });
        expect(result.success, `${name}.${field}`).toBe(false);
        expect(result.error?.issues.some((issue) => issue.path.at(-1) === field)).toBe(true);
      });
    }
  }
});

describe("ids, versions and revision ids", () => {
  it("stay within the integer column's range", () => {
    const over = maxInt4 + 1;
    expect(RecordRestoreSchema.safeParse({ revisionId: over, version: 1 }).success).toBe(false);
    expect(RecordVersionSchema.safeParse({ version: over }).success).toBe(false);
    expect(
      RecordVersionSchema.extend({ record: FigureInputSchema })
        .safeParse({ record: emptyFigureForm, version: over })
        .error?.issues.some((issue) => issue.path[0] === "version"),
    ).toBe(true);
    expect(RecordRestoreSchema.safeParse({ revisionId: maxInt4, version: maxInt4 }).success).toBe(true);
  });
});

describe("isWebAddress", () => {
  // The quadratic pattern it replaces, kept here only as the specification of what it accepts.
  const quadratic = /^https?:\/\/[^\s]+\.[^\s]+$/;

  it("accepts exactly what the old pattern accepted (with URL.canParse)", () => {
    const alphabet = fc.constantFrom("h", "t", "p", "s", ":", "/", ".", "a", " ", "\n", "\t", "-", "?", "#", "é");
    const text = fc.oneof(
      fc.string({ unit: alphabet, maxLength: 30 }),
      fc
        .tuple(fc.constantFrom("http://", "https://", "http:/", "ftp://"), fc.string({ unit: alphabet, maxLength: 30 }))
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(text, (value) => isWebAddress(value) === (quadratic.test(value) && URL.canParse(value))),
      { seed: 10, numRuns: 5_000 },
    );
  });
});

describe("a figure's source publisher and title", () => {
  it("fit their index together at their limits in 4-byte characters, and one byte more is a field error", () => {
    const emoji = "😀"; // 4 bytes in UTF-8, one character
    const atLimits = {
      ...emptyFigureForm,
      metric: "m",
      subject: "s",
      value: "1",
      sourcePublisher: emoji.repeat(200),
      sourceTitle: emoji.repeat(375),
    };
    expect(FigureInputSchema.safeParse(atLimits).success).toBe(true);
    expect(utf8Length(atLimits.sourcePublisher) + utf8Length(atLimits.sourceTitle)).toBeLessThanOrEqual(2_300);
    const over = FigureInputSchema.safeParse({ ...atLimits, sourceTitle: `${emoji.repeat(375)}a` });
    expect(over.error?.issues.map((issue) => issue.path[0])).toEqual(["sourceTitle"]);
    // Any other script fits in 500 characters.
    expect(FigureInputSchema.safeParse({ ...atLimits, sourceTitle: "丝".repeat(500) }).success).toBe(true);
  });
});
