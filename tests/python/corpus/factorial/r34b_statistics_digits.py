# Statistics of the number of digits in n! for n = 1..60, gathered concurrently.
import asyncio
import math
import statistics


async def digits(n):
    await asyncio.sleep(0.001 * (n % 5))
    return len(str(math.factorial(n)))


async def main():
    counts = await asyncio.gather(*(digits(n) for n in range(1, 61)))
    print("mean:", statistics.mean(counts), "fmean:", statistics.fmean(counts))
    print("median:", statistics.median(counts), "low/high:", statistics.median_low(counts), statistics.median_high(counts))
    print("mode:", statistics.mode(counts), "multimode:", statistics.multimode(counts)[:5])
    print("pstdev:", round(statistics.pstdev(counts), 6), "stdev:", round(statistics.stdev(counts), 6))
    print("quantiles:", statistics.quantiles(counts, n=4))
    print("correlation:", round(statistics.correlation(range(1, 61), counts), 6))
    fit = statistics.linear_regression(range(1, 61), counts)
    print(f"slope={fit.slope:.4f} intercept={fit.intercept:.4f}")


asyncio.run(main())
