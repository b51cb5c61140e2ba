import { redirect } from "next/navigation";

/** /admin has nothing of its own: the figure list is where editing starts. */
export default function AdminPage() {
  redirect("/admin/figures");
}
