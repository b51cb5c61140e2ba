import { Skeleton } from "@/app/_components/skeleton";

export default function Loading() {
  return <Skeleton label="the route" blocks={["table", "chart", "table"]} />;
}
