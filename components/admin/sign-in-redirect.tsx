"use client";

import type { Route } from "next";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { signInPath } from "./safe-next-path";

/**
 * The signed-in layout's answer to a visitor without a session. Each page normally redirects on the server first;
 * this covers the rest (a session that ended while the layout stayed mounted) and knows the address to return to.
 */
export function SignInRedirect() {
  const router = useRouter();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const target = signInPath(query ? `${pathname}?${query}` : pathname) as Route;
  useEffect(() => {
    router.replace(target);
  }, [router, target]);
  return (
    <p>
      You are not signed in. <Link href={target}>Sign in to edit figures</Link>.
    </p>
  );
}
