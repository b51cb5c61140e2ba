import type { ReactNode } from "react";
import type { FigureView } from "@/lib/data/types";
import { formatValue } from "@/lib/format/format-number";
import { SourceLine } from "./source-line";

/**
 * One figure as a headline: the value big, then its metric, period, status and source. `children` adds what a
 * page knows beside it (other sources' figures for the same thing, a computed change), under the source line.
 */
export function FigureCard({
  figure,
  title,
  className,
  children,
}: {
  figure: FigureView;
  title: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <article className={className ? `card ${className}` : "card"} aria-label={`${title}: ${figure.periodLabel ?? figure.metric.name}`}>
      <h3>{title}</h3>
      <p className="figure-value">{formatValue(figure.value, figure.metric.unit)}</p>
      <p className="figure-period">
        {figure.metric.name}, {figure.periodLabel ?? "no period given"} <span className="status">{figure.status}</span>
      </p>
      <SourceLine source={figure.source} />
      {children}
    </article>
  );
}
