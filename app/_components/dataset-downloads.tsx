import { dataPackageUrl, figuresCsvMetadataUrl, figuresCsvUrl } from "@/lib/csv/csv-urls";

/**
 * The whole dataset as one file, with what its columns mean beside it, and as a data package with every table:
 * on the overview and in every page's footer, so a reader who wants the data never has to find a chart first.
 * Plain anchors: the targets are files from route handlers, not pages.
 */
export function DatasetDownloads({ className }: { className?: string }) {
  return (
    <p className={className ? `dataset-downloads ${className}` : "dataset-downloads"}>
      <a href={figuresCsvUrl()} download>
        Download all data (CSV)
      </a>
      <span aria-hidden="true"> · </span>
      <a href={figuresCsvMetadataUrl()}>What the columns mean (metadata)</a>
      <span aria-hidden="true"> · </span>
      <a href={dataPackageUrl()} download>
        Data package (zip: every table, with its schema)
      </a>
      <span aria-hidden="true"> · </span>
      <a href="/api/docs">API</a>
    </p>
  );
}
