import { describe, expect, it } from "vitest";
import { recordFieldErrorsOf } from "../records/record-types";
import { joinModes, RouteInputSchema, splitModes, type RouteFormValues } from "./route-input";

const good: RouteFormValues = {
  slug: "instc-west",
  name: "INSTC western route",
  kind: "instc",
  modes: "rail; road",
  via: "Russia–Azerbaijan–Iran",
  description: "Overland branch through Azerbaijan.",
  position: "1",
  nodes: "Astara (Azerbaijan) | Azerbaijan | terminal | 38.46 | 48.87 | missing\nRasht | Iran | city | 37.28 | 49.58",
};

const errorsOf = (values: Partial<RouteFormValues>) => {
  const parsed = RouteInputSchema.safeParse({ ...good, ...values });
  return parsed.success ? {} : recordFieldErrorsOf(parsed.error);
};

describe("RouteInputSchema", () => {
  it("accepts a good route: modes become a list in order, position a number", () => {
    expect(RouteInputSchema.parse(good)).toEqual({ ...good, modes: ["rail", "road"], position: 1 });
    expect(RouteInputSchema.parse({ ...good, modes: " Sea ,rail;  " }).modes).toEqual(["sea", "rail"]);
  });

  it("stores the map path normalised, and refuses a bad one with the line's message", () => {
    expect(RouteInputSchema.parse({ ...good, nodes: " A | X | port | 1.5 | 2 | sea \n\n B | Y | port | -3 | 4 " }).nodes).toBe(
      "A | X | port | 1.50 | 2.00 | sea\nB | Y | port | -3.00 | 4.00",
    );
    expect(RouteInputSchema.parse({ ...good, nodes: "" }).nodes).toBe("");
    expect(errorsOf({ nodes: "A | X | port | 91 | 2 | sea\nB | Y | port | 3 | 4" }).nodes?.[0]).toBe(
      "Line 1: latitude must be a number from −90 to 90 with at most two decimals, such as 38.43",
    );
  });

  it("round-trips modes between the form's text and the stored list", () => {
    expect(joinModes(splitModes("sea; rail"))).toBe("sea; rail");
    expect(splitModes(";;")).toEqual([]);
  });

  it.each([
    [{ slug: "" }, "slug", "Slug is required"],
    [{ slug: "INSTC West" }, "slug", "Slug must be lower-case letters and digits joined by hyphens, such as instc-west"],
    [{ slug: "instc_west" }, "slug", "Slug must be lower-case letters and digits joined by hyphens, such as instc-west"],
    [{ slug: "-west" }, "slug", "Slug must be lower-case letters and digits joined by hyphens, such as instc-west"],
    [{ name: "   " }, "name", "Name is required"],
    [{ kind: "ferry" as never }, "kind", "Kind must be one of instc, alternative"],
    [{ modes: "" }, "modes", "Give at least one mode, such as rail"],
    [{ modes: " ; " }, "modes", "Give at least one mode, such as rail"],
    [{ modes: "rail; rail" }, "modes", "A mode is listed twice"],
    [{ modes: "rail/sea" }, "modes", "Modes are words such as rail, road, sea, separated by ;"],
    [{ modes: "a;b;c;d;e;f;g" }, "modes", "At most 6 modes"],
    [{ via: "" }, "via", "Via is required"],
    [{ description: "x".repeat(2001) }, "description", "Description must be at most 2,000 characters"],
    [{ position: "" }, "position", "Position is required"],
    [{ position: "1.5" }, "position", "Position must be a whole number from 0 to 9999"],
    [{ position: "-1" }, "position", "Position must be a whole number from 0 to 9999"],
    [{ position: "10000" }, "position", "Position must be a whole number from 0 to 9999"],
  ])("refuses %j with a message on %s", (values, field, message) => {
    // The form shows the first message (an empty value also fails the format rule).
    expect(errorsOf(values)[field]?.[0]).toBe(message);
  });
});
