# Statistics over the digit counts of 1! .. 40!, computed with concurrent jobs.
import asyncio
import math
import statistics


async def digit_count(n):
    await asyncio.sleep(0.001 * (n % 5))
    return len(str(math.factorial(n)))


async def main():
    counts = await asyncio.gather(*(digit_count(n) for n in range(1, 41)))
    print(counts)
    print("mean:", statistics.mean(counts), "median:", statistics.median(counts))
    print("mode:", statistics.mode(counts), "multimode:", statistics.multimode(counts)[:4])
    print(f"stdev: {statistics.stdev(counts):.4f}  pvariance: {statistics.pvariance(counts):.4f}")
    print("quantiles:", statistics.quantiles(counts, n=4))
    print(statistics.fmean([1, 2, 6, 24]), statistics.geometric_mean([1, 2, 6, 24]))
    print(statistics.correlation(range(1, 41), counts) > 0.99)


asyncio.run(main())
