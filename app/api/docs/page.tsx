import type { Metadata } from "next";
import { headers } from "next/headers";
import { openApiDocument } from "@/lib/api/openapi-document";
import type { TableSchema } from "@/lib/csv/csv-table-schemas";
import { getConfig } from "@/lib/config";
import { dataPackageUrl, figuresCsvUrl } from "@/lib/csv/csv-urls";
import { dataLicence } from "@/lib/licence/licence";

export const metadata: Metadata = { title: "API" };

// The public API's reference, drawn on the server from the same OpenAPI document /api/openapi.json serves: no
// viewer library, no script, nothing from another site.

type Schema = {
  type?: string;
  enum?: readonly string[];
  pattern?: string;
  format?: string;
  example?: unknown;
  minLength?: number;
  maxLength?: number;
};
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Media = { schema?: unknown; "x-table-schema"?: TableSchema };
type Response = { description: string; content?: Record<string, Media>; $ref?: string };
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  responses: Record<string, Response>;
};

const document = openApiDocument();

/** A reusable response (#/components/responses/…) as the operation would have it inline. */
function resolved(response: Response): Response {
  if (!response.$ref) return response;
  const name = response.$ref.split("/").pop()!;
  return (document.components?.responses?.[name] as Response | undefined) ?? response;
}

const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  item?.get ? [{ path, operation: item.get as unknown as Operation }] : [],
);

function valueRule(schema: Schema | undefined): string {
  if (!schema) return "";
  if (schema.enum) return `one of ${schema.enum.join(", ")}`;
  const parts = [schema.format ?? schema.type ?? "text"];
  if (schema.pattern) parts.push(`matching ${schema.pattern}`);
  // A pattern or format says what fits; the length limit beside it only guards the pattern.
  else if (!schema.format && (schema.minLength !== undefined || schema.maxLength !== undefined))
    parts.push(`${schema.minLength ?? 0}–${schema.maxLength} characters`);
  return parts.join(", ");
}

/** The address a reader's own requests go to, for examples they can paste. */
async function exampleOrigin(): Promise<string> {
  const { publicOrigin } = getConfig();
  return publicOrigin ?? `http://${(await headers()).get("host") ?? "localhost:3000"}`;
}

export default async function ApiDocsPage() {
  const origin = await exampleOrigin();
  return (
    <div className="api-docs">
      <h1>Corridor Watch API</h1>
      <p className="lede">
        The figures, events, sources, routes and metrics behind every chart, for scripts and other sites: read-only, no key, from any
        origin.
      </p>
      <section aria-labelledby="api-using">
        <h2 id="api-using">Using it</h2>
        <ul className="api-facts">
          <li>
            The machine-readable description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1); this page is drawn from it.
          </li>
          <li>
            Everything at once: <a href={dataPackageUrl()}>the data package</a> (a zip of CSVs with a Frictionless{" "}
            <code>datapackage.json</code>), or <a href={figuresCsvUrl()}>every figure as CSV</a>.
          </li>
          <li>
            Any site may read it: answers carry <code>Access-Control-Allow-Origin: *</code>. The editors&apos; API under{" "}
            <code>/api/admin</code> does not.
          </li>
          <li>
            Every answer from the data carries <code>ETag</code> and <code>Last-Modified</code>. Send them back as{" "}
            <code>If-None-Match</code> or <code>If-Modified-Since</code>: while nothing has changed the answer is{" "}
            <code>304 Not Modified</code> with no body. They change as soon as an editor saves.
          </li>
          <li>
            A bad query is a <code>400</code> listing what is wrong, never an empty answer; <code>503</code> with <code>Retry-After</code>{" "}
            while the database is unreachable.
          </li>
          <li>Every figure names its own source and date. {dataLicence.scope}</li>
        </ul>
        <pre className="api-example">
          <code>{`curl -s '${origin}/api/figures?route=instc-west&status=reported'
curl -sI '${origin}/api/csv/figures'   # note its ETag
curl -sI -H 'If-None-Match: <that ETag>' '${origin}/api/csv/figures'   # 304`}</code>
        </pre>
      </section>
      <nav aria-labelledby="api-endpoints" className="api-index">
        <h2 id="api-endpoints">Endpoints</h2>
        <ul>
          {operations.map(({ path, operation }) => (
            <li key={path}>
              <a href={`#${operation.operationId}`}>
                <code>GET {path}</code>
              </a>{" "}
              {operation.summary}
            </li>
          ))}
        </ul>
      </nav>
      {(document.tags ?? []).map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`}>{tag.name}</h2>
          {operations
            .filter(({ operation }) => operation.tags?.includes(tag.name))
            .map(({ path, operation }) => (
              <OperationEntry key={path} path={path} operation={operation} />
            ))}
        </section>
      ))}
    </div>
  );
}

function OperationEntry({ path, operation }: { path: string; operation: Operation }) {
  const parameters = operation.parameters ?? [];
  const responses = Object.entries(operation.responses).map(([status, response]) => [status, resolved(response)] as const);
  const table = responses.flatMap(([, response]) =>
    Object.values(response.content ?? {}).flatMap((media) => (media["x-table-schema"] ? [media["x-table-schema"]] : [])),
  )[0];
  return (
    <article className="api-operation" id={operation.operationId} aria-labelledby={`${operation.operationId}-title`}>
      <h3 id={`${operation.operationId}-title`}>
        <code className="api-path">GET {path}</code> <span className="api-summary">{operation.summary}</span>
      </h3>
      <p>{operation.description}</p>
      {path.includes("{") ? null : (
        <p className="api-try">
          Try it: <a href={path}>{path}</a>
        </p>
      )}
      {parameters.length > 0 ? (
        <>
          <h4>Parameters</h4>
          <dl className="api-list">
            {parameters.map((parameter) => (
              <div key={`${parameter.in}-${parameter.name}`}>
                <dt>
                  <code>{parameter.name}</code>{" "}
                  <span className="api-where">{parameter.in === "path" ? "in the path, required" : "query, optional"}</span>
                </dt>
                <dd>
                  {parameter.description} <span className="api-rule">({valueRule(parameter.schema)})</span>
                  {parameter.schema?.example !== undefined ? (
                    <>
                      {" "}
                      Example: <code>{String(parameter.schema.example)}</code>.
                    </>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <h4>Responses</h4>
      <dl className="api-list">
        {responses.map(([status, response]) => (
          <div key={status}>
            <dt>
              <code>{status}</code> <span className="api-where">{Object.keys(response.content ?? {}).join(", ")}</span>
            </dt>
            <dd>{response.description}</dd>
          </div>
        ))}
      </dl>
      {table ? (
        <details className="api-columns">
          <summary>The CSV&apos;s {table.fields.length} columns</summary>
          <dl className="api-list">
            {table.fields.map((field) => (
              <div key={field.name}>
                <dt>
                  <code>{field.name}</code> <span className="api-where">{field.type}</span>
                </dt>
                <dd>{field.description}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </article>
  );
}
