import type { FigureView } from "@/lib/data/types";
import { formatValue } from "@/lib/format/format-number";
import { SourceLine } from "./source-line";

export function FigureCard({ figure, title }: { figure: FigureView; title: string }) {
  return (
    <article className="card" aria-label={`${title}: ${figure.periodLabel ?? figure.metric.name}`}>
      <h3>{title}</h3>
      <p className="figure-value">{formatValue(figure.value, figure.metric.unit)}</p>
      <p className="figure-period">
        {figure.metric.name}, {figure.periodLabel ?? "no period given"}{" "}
        <span className="status">{figure.status}</span>
      </p>
      <SourceLine source={figure.source} />
    </article>
  );
}
