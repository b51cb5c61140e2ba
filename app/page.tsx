import { getHeadlineGrowth } from "@/lib/data/figures/get-headline-growth";
import { FigureCard } from "@/components/figure-card";

// Reads the database on every request until caching with write-side revalidation arrives.
export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const headline = await getHeadlineGrowth();
  return (
    <>
      <h1>The North–South corridor in figures</h1>
      <p className="lede">
        The International North–South Transport Corridor links Russia&apos;s Baltic and Caspian ports with India through
        Azerbaijan or across the Caspian, and through Iran. Corridor Watch follows its trade, transit and construction,
        and compares it with the Suez Canal route and the Middle Corridor.
      </p>
      <section aria-labelledby="headline-heading" className="cards">
        <h2 id="headline-heading" className="visually-hidden">
          Headline
        </h2>
        {headline.length === 0 ? (
          <p>No figure for Russia–Iran trade growth in Jan–Apr 2024 is in the database.</p>
        ) : (
          headline.map((figure) => <FigureCard key={figure.id} figure={figure} title="Russia–Iran trade" />)
        )}
      </section>
    </>
  );
}
