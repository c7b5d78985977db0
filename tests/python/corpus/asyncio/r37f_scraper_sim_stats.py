# A seeded scraper simulation: random fake latencies and statuses, then a summary table with statistics
import asyncio
import random
import statistics

random.seed(2024)
SITES = ["alpha.io", "beta.dev", "gamma.org", "delta.net", "eps.ai", "zeta.co"]
PLAN = {s: (round(random.uniform(0.005, 0.03), 4), random.choice([200, 200, 200, 404, 500])) for s in SITES}

async def scrape(site):
    latency, status = PLAN[site]
    await asyncio.sleep(latency)
    if status == 500:
        raise RuntimeError(f"{site}: server error")
    return site, status, latency

async def main():
    results = await asyncio.gather(*(scrape(s) for s in SITES), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    print(f"{'site':<10}{'status':>7}{'ms':>7}")
    for site, status, lat in sorted(ok):
        print(f"{site:<10}{status:>7}{lat * 1000:>7.1f}")
    lats = [lat for *_, lat in ok]
    print(f"mean {statistics.mean(lats) * 1000:.2f} ms, median {statistics.median(lats) * 1000:.2f} ms")
    print("errors:", [str(e) for e in results if isinstance(e, Exception)])
    print("random after:", random.randint(1, 10**6))

asyncio.run(main())
