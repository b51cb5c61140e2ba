import { figuresCsvMetadataUrl, figuresCsvUrl } from "@/lib/csv/csv-urls";

/**
 * The whole dataset as one file, with what its columns mean beside it: on the overview and in every page's
 * footer, so a reader who wants the data never has to find a chart first. Plain anchors: the targets are files
 * from route handlers, not pages.
 */
export function DatasetDownloads({ className }: { className?: string }) {
  return (
    <p className={className ? `dataset-downloads ${className}` : "dataset-downloads"}>
      <a href={figuresCsvUrl()} download>
        Download all data (CSV)
      </a>
      <span aria-hidden="true"> · </span>
      <a href={figuresCsvMetadataUrl()}>What the columns mean (metadata)</a>
    </p>
  );
}
