/** A grey outline of the page to come, announced once as "Loading…" to screen readers. */
export function Skeleton({ label, blocks = ["chart", "table"] }: { label: string; blocks?: ("chart" | "table" | "list")[] }) {
  return (
    <div className="skeleton" aria-busy="true">
      <p role="status" className="visually-hidden">
        Loading {label}…
      </p>
      <div className="skeleton-heading" />
      <div className="skeleton-line" />
      <div className="skeleton-line short" />
      {blocks.map((block, index) => (
        <div key={index} className={`skeleton-block skeleton-${block}`} />
      ))}
    </div>
  );
}
