import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "../http/api-error";

/**
 * One factory for every QueryClient the app makes (one per browser tab, one per server render).
 *
 * staleTime is five minutes because the figures change only when an editor corrects one or a new source is added,
 * a few times a month, and every page that fetches on the client starts from data the server has just rendered
 * (passed as `initialData`). A zero staleTime would re-fetch that data again right after hydration and on every
 * window focus; five minutes keeps going back to an earlier filter instant without serving day-old numbers.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60 * 1000,
        // A 4xx (a bad filter) will not get better by asking again: show its message at once. Network and server
        // errors get the default-like two retries.
        retry: (failureCount, error) => failureCount < 2 && !(error instanceof ApiError && error.status < 500),
      },
    },
  });
}
