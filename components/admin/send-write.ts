import { HttpError } from "@/lib/query/http-error";

// One client for the admin write handlers (every kind of record): every answer they give becomes a value a form can
// switch on. Only a network failure or an unexpected status throws.

export type WriteOutcomeOf<Key extends string, Item, Snapshot, Errors> =
  | ({ kind: "saved"; unchanged?: boolean } & { [K in Key]: Item })
  | { kind: "invalid"; message: string; fieldErrors: Errors }
  | { kind: "conflict"; message: string; current: Snapshot }
  | { kind: "not_found"; message: string }
  | { kind: "signed_out"; message: string };

const signedOutMessage = "Your session has ended: sign in again. Nothing was saved.";

/** Sends a write; `key` names the saved record in the answer ({ record }). */
export async function sendWrite<Key extends string, Item, Snapshot, Errors>(
  key: Key,
  url: string,
  method: "POST" | "PUT" | "DELETE",
  body: unknown,
): Promise<WriteOutcomeOf<Key, Item, Snapshot, Errors>> {
  const response = await fetch(url, {
    method,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as
    ({ message?: string; fieldErrors?: Errors; current?: Snapshot; unchanged?: boolean } & { [K in Key]?: Item }) | null;
  const message = json?.message ?? `The server answered ${response.status}.`;
  const saved = json?.[key];
  if (response.ok && saved)
    return { kind: "saved", unchanged: json?.unchanged === true, [key]: saved } as WriteOutcomeOf<Key, Item, Snapshot, Errors>;
  switch (response.status) {
    case 401:
    case 403:
      return { kind: "signed_out", message: signedOutMessage };
    case 404:
      return { kind: "not_found", message };
    case 409:
      if (json?.current) return { kind: "conflict", message, current: json.current };
      break;
    case 422:
      return { kind: "invalid", message, fieldErrors: json?.fieldErrors ?? ({} as Errors) };
  }
  throw new HttpError(response.status, message);
}
