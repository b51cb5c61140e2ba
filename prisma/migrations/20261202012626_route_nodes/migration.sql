-- CreateEnum
CREATE TYPE "RouteNodeKind" AS ENUM ('port', 'city', 'border', 'terminal', 'chokepoint', 'waypoint');

-- CreateEnum
CREATE TYPE "RouteLeg" AS ENUM ('rail', 'road', 'sea', 'missing');

-- CreateTable
CREATE TABLE "route_nodes" (
    "id" SERIAL NOT NULL,
    "route_id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "kind" "RouteNodeKind" NOT NULL,
    "latitude" DECIMAL(5,2) NOT NULL,
    "longitude" DECIMAL(5,2) NOT NULL,
    "to_next" "RouteLeg",
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "route_nodes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "route_nodes_route_id_seq_key" ON "route_nodes"("route_id", "seq");

-- AddForeignKey
ALTER TABLE "route_nodes" ADD CONSTRAINT "route_nodes_route_id_fkey" FOREIGN KEY ("route_id") REFERENCES "routes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: CHECK constraints, which Prisma's schema language cannot express (as in check_constraints).
ALTER TABLE "route_nodes"
  ADD CONSTRAINT "route_nodes_seq_positive" CHECK ("seq" >= 1),
  ADD CONSTRAINT "route_nodes_latitude_range" CHECK ("latitude" BETWEEN -90 AND 90),
  ADD CONSTRAINT "route_nodes_longitude_range" CHECK ("longitude" BETWEEN -180 AND 180),
  ADD CONSTRAINT "route_nodes_name_present" CHECK (btrim("name") <> '');
