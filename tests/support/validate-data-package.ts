import { parse } from "csv-parse/sync";

// Checks a data package the way a Frictionless reader would: datapackage.json's required and recommended fields
// (Data Package and Tabular Data Resource specifications, v1), then each CSV against its resource's Table Schema:
// the header is the fields in order, and every cell has its field's type and meets its constraints, keys unique,
// foreign keys found. Returns every problem found, in words; an empty list is a valid package.

type Field = {
  name?: unknown;
  type?: unknown;
  description?: unknown;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
};
type Resource = {
  name?: unknown;
  path?: unknown;
  profile?: unknown;
  schema?: {
    fields?: Field[];
    primaryKey?: string[];
    missingValues?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
};
type Descriptor = {
  profile?: unknown;
  name?: unknown;
  resources?: Resource[];
  licenses?: { name?: unknown; path?: unknown; title?: unknown }[];
  sources?: { title?: unknown }[];
  created?: unknown;
};

const typeChecks: Record<string, (cell: string) => boolean> = {
  string: () => true,
  integer: (cell) => /^[+-]?\d+$/.test(cell),
  number: (cell) => /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell) || ["NaN", "INF", "-INF"].includes(cell),
  date: (cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell) && new Date(`${cell}T00:00:00Z`).toISOString().startsWith(cell),
  datetime: (cell) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(cell) && !Number.isNaN(Date.parse(cell)),
};

const namePattern = /^[a-z0-9._-]+$/;

export function validateDescriptor(descriptor: Descriptor): string[] {
  const problems: string[] = [];
  if (descriptor.profile !== "tabular-data-package") problems.push(`profile is ${String(descriptor.profile)}, not tabular-data-package`);
  if (typeof descriptor.name !== "string" || !namePattern.test(descriptor.name))
    problems.push("name must be lower-case letters, digits, '.', '-' or '_'");
  if (typeof descriptor.created !== "string" || Number.isNaN(Date.parse(descriptor.created)))
    problems.push("created must be an ISO 8601 date-time");
  if (!Array.isArray(descriptor.licenses) || descriptor.licenses.length === 0) problems.push("licenses must list at least one licence");
  for (const licence of descriptor.licenses ?? [])
    if (typeof licence.name !== "string" && typeof licence.path !== "string") problems.push("a licence needs a name or a path");
  for (const source of descriptor.sources ?? [])
    if (typeof source.title !== "string" || source.title === "") problems.push("a source needs a title");
  if (!Array.isArray(descriptor.resources) || descriptor.resources.length === 0)
    return [...problems, "resources must be a non-empty array"];
  const names = new Set<string>();
  for (const resource of descriptor.resources) {
    const label = `resource ${String(resource.name)}`;
    if (typeof resource.name !== "string" || !namePattern.test(resource.name))
      problems.push(`${label}: name must be lower-case letters, digits, '.', '-' or '_'`);
    else if (names.has(resource.name)) problems.push(`${label}: name used twice`);
    else names.add(resource.name);
    if (typeof resource.path !== "string" || resource.path.startsWith("/") || resource.path.split("/").includes(".."))
      problems.push(`${label}: path must be a relative path inside the package`);
    if (resource.profile !== "tabular-data-resource") problems.push(`${label}: profile must be tabular-data-resource`);
    const fields = resource.schema?.fields;
    if (!Array.isArray(fields) || fields.length === 0) {
      problems.push(`${label}: schema.fields must be a non-empty array`);
      continue;
    }
    const fieldNames = new Set<string>();
    for (const field of fields) {
      if (typeof field.name !== "string" || field.name === "") problems.push(`${label}: a field has no name`);
      else if (fieldNames.has(field.name)) problems.push(`${label}: field ${field.name} twice`);
      else fieldNames.add(field.name);
      if (typeof field.type !== "string" || !(field.type in typeChecks))
        problems.push(`${label}: field ${String(field.name)} has type ${String(field.type)}`);
      if (typeof field.description !== "string" || field.description === "")
        problems.push(`${label}: field ${String(field.name)} has no description`);
    }
    for (const key of resource.schema?.primaryKey ?? [])
      if (!fieldNames.has(key)) problems.push(`${label}: primary key ${key} is not a field`);
  }
  return problems;
}

/** Each resource's CSV (by path) against its schema; `files` maps paths to their text. */
export function validateTables(descriptor: Descriptor, files: Record<string, string>): string[] {
  const problems: string[] = [];
  const tables = new Map<string, Record<string, string>[]>();
  for (const resource of descriptor.resources ?? []) {
    const label = String(resource.path);
    const text = files[String(resource.path)];
    if (text === undefined) {
      problems.push(`${label}: not in the package`);
      continue;
    }
    const records = parse(text, { record_delimiter: "\r\n", relax_column_count: true }) as string[][];
    const [header = [], ...rows] = records;
    const fields = resource.schema?.fields ?? [];
    const expected = fields.map((field) => String(field.name));
    if (header.join(",") !== expected.join(","))
      problems.push(`${label}: header is ${header.join(",")}, the schema says ${expected.join(",")}`);
    const missing = new Set(resource.schema?.missingValues ?? [""]);
    rows.forEach((row, index) => {
      const line = index + 2;
      if (row.length !== header.length) problems.push(`${label} line ${line}: ${row.length} cells, not ${header.length}`);
      fields.forEach((field, column) => {
        const cell = row[column] ?? "";
        const where = `${label} line ${line}, ${String(field.name)}`;
        if (missing.has(cell)) {
          if (field.constraints?.required) problems.push(`${where}: empty but required`);
          return;
        }
        if (!typeChecks[String(field.type)]?.(cell)) problems.push(`${where}: “${cell.slice(0, 40)}” is not of type ${String(field.type)}`);
        if (field.constraints?.enum && !field.constraints.enum.includes(cell))
          problems.push(`${where}: “${cell}” is not one of ${field.constraints.enum.join(", ")}`);
        if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(cell))
          problems.push(`${where}: “${cell.slice(0, 40)}” does not match ${field.constraints.pattern}`);
      });
    });
    tables.set(
      String(resource.name),
      rows.map((row) => Object.fromEntries(header.map((name, column) => [name, row[column] ?? ""]))),
    );
    const key = resource.schema?.primaryKey;
    if (key) {
      const seen = new Set<string>();
      for (const row of tables.get(String(resource.name))!) {
        const value = key.map((name) => row[name]).join("\u0000");
        if (seen.has(value)) problems.push(`${label}: primary key ${key.join(",")} = ${value} twice`);
        seen.add(value);
      }
    }
  }
  for (const resource of descriptor.resources ?? []) {
    for (const foreignKey of resource.schema?.foreignKeys ?? []) {
      const referenced = tables.get(foreignKey.reference.resource);
      if (!referenced) {
        problems.push(`${String(resource.path)}: foreign key to missing resource ${foreignKey.reference.resource}`);
        continue;
      }
      const known = new Set(referenced.map((row) => foreignKey.reference.fields.map((name) => row[name]).join("\u0000")));
      for (const row of tables.get(String(resource.name)) ?? []) {
        const value = foreignKey.fields.map((name) => row[name]).join("\u0000");
        if (foreignKey.fields.every((name) => row[name] !== "") && !known.has(value))
          problems.push(`${String(resource.path)}: ${foreignKey.fields.join(",")} = ${value} is not in ${foreignKey.reference.resource}`);
      }
    }
  }
  return problems;
}
