# Fit log10(n!) against n*log10(n) with statistics.linear_regression and correlation.
import asyncio
import math
import statistics


async def log_factorial(n):
    await asyncio.sleep(0.002)
    return math.log10(math.factorial(n))


async def main():
    ns = list(range(10, 101, 10))
    ys = await asyncio.gather(*map(log_factorial, ns))
    xs = [n * math.log10(n) for n in ns]
    slope, intercept = statistics.linear_regression(xs, ys)
    print(f"slope={slope:.4f} intercept={intercept:.3f}")
    print(f"correlation={statistics.correlation(xs, ys):.6f}")
    print("mean digits:", statistics.mean(int(y) + 1 for y in ys))
    print("median of logs:", round(statistics.median(ys), 3))
    print(statistics.mode([len(str(math.factorial(n))) % 3 for n in ns]))


asyncio.run(main())
