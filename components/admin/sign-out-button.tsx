"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SignOutAnswerSchema } from "@/lib/api/admin-answer-schemas";
import { fetchApi } from "@/lib/http/fetch-api";
import { recordKeys } from "./records/record-api";

/** Ends the session (POST /api/auth/sign-out), forgets the admin data the tab has cached, and goes to sign-in. */
export function SignOutButton() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function signOut() {
    setPending(true);
    setFailed(false);
    try {
      await fetchApi("/api/auth/sign-out", SignOutAnswerSchema, { method: "POST" });
      queryClient.removeQueries({ queryKey: recordKeys.admin });
      router.replace("/admin/sign-in");
      router.refresh();
    } catch {
      setFailed(true);
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" className="secondary" onClick={signOut} disabled={pending}>
        {pending ? "Signing out…" : "Sign out"}
      </button>
      <span role="status" aria-live="polite">
        {failed ? "Signing out failed; try again." : ""}
      </span>
    </>
  );
}
