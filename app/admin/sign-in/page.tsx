import type { Metadata, Route } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { safeNextPath } from "@/components/admin/safe-next-path";
import styles from "@/components/admin/admin.module.css";
import { demoEditor } from "@/lib/auth/demo-editor";
import { getSignedInEditor } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: PageProps<"/admin/sign-in">) {
  const next = safeNextPath((await searchParams).next);
  if (await getSignedInEditor()) redirect(next as Route);
  // The demo account exists only in the embedded database (and cannot sign in on a server), so only there is it shown.
  const demo = getConfig().database.kind === "embedded" ? { email: demoEditor.email, password: demoEditor.password } : null;
  return (
    <div className={styles.narrow}>
      <h1>Sign in to edit figures</h1>
      <p>Editors correct and add figures here. Every change is recorded with its editor and can be undone.</p>
      {demo ? (
        <p className={styles.demo}>
          Demo editor: <code>{demo.email}</code> / <code>{demo.password}</code>
        </p>
      ) : null}
      <SignInForm next={next} />
    </div>
  );
}
