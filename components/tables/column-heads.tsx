import { isValidElement, type ReactNode } from "react";

/** A column heading: its text, or its text and a class (a numeric column is right-aligned by its table's styles). */
export type ColumnHead = ReactNode | { label: ReactNode; className: string | undefined };

/**
 * A table's header row: one `<th scope="col">` per column, in order, so every table names its columns the same way
 * for screen readers. A null column is left out (a table that shows a column only sometimes).
 */
export function ColumnHeads({ columns }: { columns: readonly ColumnHead[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) =>
          column === null ? null : isLabelled(column) ? (
            <th key={index} scope="col" className={column.className}>
              {column.label}
            </th>
          ) : (
            <th key={index} scope="col">
              {column}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

function isLabelled(column: ColumnHead): column is { label: ReactNode; className: string | undefined } {
  return typeof column === "object" && column !== null && !isValidElement(column) && "label" in column;
}
