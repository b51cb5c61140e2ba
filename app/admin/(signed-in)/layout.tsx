import Link from "next/link";
import type { ReactNode } from "react";
import { Suspense } from "react";
import styles from "@/components/admin/admin.module.css";
import { SignInRedirect } from "@/components/admin/sign-in-redirect";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { getSignedInEditor } from "@/lib/auth/session";

/** The editors' pages: who is signed in, and a way out. Each page also checks the session itself (requireEditor). */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const editor = await getSignedInEditor();
  if (!editor) {
    // Every page below redirects itself on the server (requireEditor) with its own address as ?next=, which the
    // layout cannot know. The page must stay in the tree for that redirect to become a 307 before anything is
    // sent; a layout's own redirect would win and lose ?next=. The client redirect covers a page that forgot.
    // (This is no exposure: pages run and reach the RSC payload whatever a layout renders; the pages' checks and
    // the API's editorOnly are the guards.)
    return (
      <>
        <Suspense>
          <SignInRedirect />
        </Suspense>
        {children}
      </>
    );
  }
  return (
    <>
      <div className={styles.adminBar}>
        <nav aria-label="Admin" className={styles.adminNav}>
          <ul>
            <li>
              <Link href="/admin/figures">All figures</Link>
            </li>
            <li>
              <Link href="/admin/figures/new">New figure</Link>
            </li>
            <li>
              <Link href="/admin/import">Import CSV</Link>
            </li>
            <li>
              <Link href="/admin/events">Events</Link>
            </li>
            <li>
              <Link href="/admin/rulings">Rulings</Link>
            </li>
            <li>
              <Link href="/admin/routes">Routes</Link>
            </li>
            <li>
              <Link href="/admin/metrics">Metrics</Link>
            </li>
          </ul>
        </nav>
        <p className={styles.signedInAs}>
          Signed in as <strong>{editor.name}</strong> <span className={styles.muted}>({editor.email})</span>
        </p>
        <SignOutButton />
      </div>
      {children}
    </>
  );
}
