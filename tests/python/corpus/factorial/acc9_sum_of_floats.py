# Averages of factorial ratios: sum of floats, its order, fsum, statistics.mean.
import asyncio
import math
import statistics

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r

async def main():
    vals = await asyncio.gather(*map(factorial, range(0, 12)))
    inv = [1 / v for v in vals]
    print(sum(inv), math.fsum(inv), math.e, sum(reversed(inv)))
    print(sum(inv[:5]), sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]), sum([1, 2.5], 0.5))
    print(statistics.mean(vals[:6]), statistics.mean(inv[:4]), statistics.median(vals), statistics.fmean([1, 2, 4]))
    print(sum(range(1, 101)) / 100, sum([]) , sum([[1], [2]], []), sum((1.5, 2.5)))
    try:
        sum(["a", "b"], "")
    except TypeError as e:
        print("TypeError:", e)
    avg = sum(vals) / len(vals)
    print(avg, f"{avg:.2f}", f"{avg:,.3f}", int(avg), avg.is_integer(), (2.0).is_integer())
    print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, 1.1 + 2.2, 3.3 * 3, 1e-3 + 1e-4)

asyncio.run(main())
