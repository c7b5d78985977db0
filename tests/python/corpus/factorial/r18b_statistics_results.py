import asyncio
import statistics

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    nums = [5, 7, 3, 6]
    results = await asyncio.gather(*[factorial(n) for n in nums])
    print("mean:", statistics.mean(results))
    print("median:", statistics.median(results))
    print("fmean:", statistics.fmean(results))
    print("stdev: %.4f" % statistics.stdev(results))
    print("geometric: {:.6f}".format(statistics.geometric_mean(results)))
    print("mode:", statistics.mode([r % 7 for r in results]))
    print("quantiles:", statistics.quantiles(results, n=4))
    print("sum/len:", sum(results) / len(results), sum(results) // len(results))

asyncio.run(main())
