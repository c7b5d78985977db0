# Latency stats of simulated requests: statistics, sorted tables and f-string formats
import asyncio
import random
import statistics

async def request(i):
    latency = random.choice([0.01, 0.02, 0.03, 0.05])
    await asyncio.sleep(latency)
    return i, latency * 1000

async def main():
    random.seed(5)
    results = await asyncio.gather(*(request(i) for i in range(12)))
    lat = [ms for _, ms in results]
    print(f"{'req':>4} | {'ms':>6}")
    for i, ms in sorted(results, key=lambda r: (-r[1], r[0]))[:5]:
        print(f"{i:>4} | {ms:>6.1f}")
    print(f"mean={statistics.mean(lat):.2f} median={statistics.median(lat):.1f} "
          f"stdev={statistics.stdev(lat):.3f} max={max(lat):.0f}")
    print("p-quantiles:", [round(q, 1) for q in statistics.quantiles(lat, n=4)])

asyncio.run(main())
