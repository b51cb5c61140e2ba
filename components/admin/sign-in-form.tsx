"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import { SignInAnswerSchema } from "@/lib/api/admin-answer-schemas";
import { SignInSchema, type SignInInput } from "@/lib/auth/sign-in-input";
import { ApiError } from "@/lib/http/api-error";
import { fetchApi } from "@/lib/http/fetch-api";
import { recordKeys } from "./records/record-api";
import styles from "./admin.module.css";
import { FieldError } from "./field";

type SignInValues = { email: string; password: string };
type SignInErrors = { email?: string[]; password?: string[] };

const checkFields = "Check the highlighted fields.";

/**
 * Email and password, posted to /api/auth/sign-in, which sets the session cookie. Form state is react-hook-form's,
 * checked first with the handler's own schema (zodResolver); the server's field errors appear beside the same fields
 * and its 401/429 message (the same for every wrong account) above them.
 */
export function SignInForm({ next }: { next: string }) {
  const id = useId();
  const router = useRouter();
  const queryClient = useQueryClient();
  const {
    register,
    handleSubmit,
    setError,
    clearErrors,
    setFocus,
    formState: { errors: formErrors, isSubmitting: pending },
  } = useForm<SignInValues, unknown, SignInInput>({
    defaultValues: { email: "", password: "" },
    // raw: the exact text typed is posted; the handler parses it with the same schema.
    resolver: zodResolver(SignInSchema, undefined, { raw: true }),
    // Errors stay until the next attempt, as the server's do.
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const errors: SignInErrors = {
    email: formErrors.email?.message ? [formErrors.email.message] : undefined,
    password: formErrors.password?.message ? [formErrors.password.message] : undefined,
  };

  function refused(message: string, fieldErrors: SignInErrors) {
    setFailure(message);
    setStatus(message);
    if (fieldErrors.email) setFocus("email");
    else if (fieldErrors.password) setFocus("password");
    else setFocus("password", { shouldSelect: true });
  }

  function invalid(invalidFields: FieldErrors<SignInValues>) {
    refused(checkFields, { email: invalidFields.email ? [] : undefined, password: invalidFields.password ? [] : undefined });
  }

  async function submit(values: SignInValues) {
    setFailure(null);
    setStatus("Signing in…");
    try {
      await fetchApi("/api/auth/sign-in", SignInAnswerSchema, { method: "POST", json: values });
      clearErrors();
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
      clearErrors();
      for (const field of ["email", "password"] as const) {
        const first = fieldErrors[field]?.[0];
        if (first) setError(field, { type: "server", message: first });
      }
      refused(error.message, fieldErrors);
    }
  }

  const describedBy = (field: keyof SignInErrors) => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <form
      className={styles.signInForm}
      onSubmit={handleSubmit(submit, invalid)}
      noValidate
      aria-describedby={failure ? `${id}-failure` : undefined}
    >
      {failure ? (
        <p id={`${id}-failure`} className={styles.formError}>
          {failure}
        </p>
      ) : null}
      <div className={styles.field}>
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          {...register("email")}
          id={`${id}-email`}
          type="email"
          autoComplete="username"
          required
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy("email")}
        />
        <FieldError id={`${id}-email-error`} messages={errors.email} />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          {...register("password")}
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          required
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
