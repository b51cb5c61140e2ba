import { chartCsvUrl, chartEmbedUrl, chartImageUrl, type ChartState } from "@/lib/charts/chart-state";
import { isDefaultTrendView } from "@/lib/filters/trend-view";
import { EmbedCode } from "./embed-code";
import styles from "./chart-frame.module.css";

/** A chart's CSV, SVG, PNG and embed links for one state, the same on the server and in the browser. */
export function DownloadLinks({ chart, title }: { chart: ChartState; title: string }) {
  const csv = chartCsvUrl(chart);
  const csvOf = chart.chart !== "trend" ? null : isDefaultTrendView(chart.view) ? "the figures of this chart" : "this view of the chart";
  return (
    <div className={styles.downloads}>
      {csv ? (
        <a className={styles.download} href={csv} download>
          Download CSV{csvOf ? <span className="visually-hidden"> of {csvOf}</span> : null}
        </a>
      ) : null}
      <a className={styles.download} href={chartImageUrl(chart, "svg")} download>
        SVG<span className="visually-hidden"> image of this chart</span>
      </a>
      <a className={styles.download} href={chartImageUrl(chart, "png")} download>
        PNG<span className="visually-hidden"> image of this chart</span>
      </a>
      <EmbedCode path={chartEmbedUrl(chart)} title={`Corridor Watch: ${title}`} />
    </div>
  );
}
