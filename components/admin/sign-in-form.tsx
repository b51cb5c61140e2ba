"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { SignInAnswerSchema } from "@/lib/api/admin-answer-schemas";
import { ApiError } from "@/lib/http/api-error";
import { fetchApi } from "@/lib/http/fetch-api";
import { recordKeys } from "./records/record-api";
import styles from "./admin.module.css";
import { FieldError } from "./field";

type SignInErrors = { email?: string[]; password?: string[] };

/**
 * Email and password, posted to /api/auth/sign-in, which sets the session cookie. The server validates; its
 * field errors appear beside the fields and its 401/429 message (the same for every wrong account) above them.
 */
export function SignInForm({ next }: { next: string }) {
  const id = useId();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<SignInErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    setStatus("Signing in…");
    try {
      await fetchApi("/api/auth/sign-in", SignInAnswerSchema, { method: "POST", json: { email, password } });
      setErrors({});
      setStatus("Signed in.");
      // Whatever another account left in the cache is not this editor's to see.
      queryClient.removeQueries({ queryKey: recordKeys.admin });
      router.replace(next as Route);
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) {
        const message = "The server could not be reached. Check the connection and try again.";
        setFailure(message);
        setStatus(message);
        return;
      }
      const fieldErrors: SignInErrors = error.status === 400 ? error.fieldErrors : {};
      setErrors(fieldErrors);
      setFailure(error.message);
      setStatus(error.message);
      if (fieldErrors.email) emailRef.current?.focus();
      else if (fieldErrors.password) passwordRef.current?.focus();
      else passwordRef.current?.select();
    } finally {
      setPending(false);
    }
  }

  const describedBy = (field: keyof SignInErrors) => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <form className={styles.signInForm} onSubmit={submit} noValidate aria-describedby={failure ? `${id}-failure` : undefined}>
      {failure ? (
        <p id={`${id}-failure`} className={styles.formError}>
          {failure}
        </p>
      ) : null}
      <div className={styles.field}>
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          ref={emailRef}
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy("email")}
        />
        <FieldError id={`${id}-email-error`} messages={errors.email} />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy("password")}
        />
        <FieldError id={`${id}-password-error`} messages={errors.password} />
      </div>
      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
      <p role="status" aria-live="polite" className="visually-hidden">
        {status}
      </p>
    </form>
  );
}
