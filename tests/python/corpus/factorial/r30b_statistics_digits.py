# Some statistics about the sizes of factorials 1..30 computed concurrently.
import asyncio
import statistics


async def digits_of_factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.001)
    return len(str(f))


async def main():
    ds = await asyncio.gather(*(digits_of_factorial(n) for n in range(1, 31)))
    print(ds)
    print("mean", statistics.mean(ds))
    print("median", statistics.median(ds))
    print("mode", statistics.mode(ds))
    print("stdev %.4f" % statistics.stdev(ds))
    print("quantiles", statistics.quantiles(ds, n=4))
    print(statistics.fmean([1, 2, 6, 24]), statistics.geometric_mean([1, 2, 6, 24]))
    print(statistics.mean([]))


asyncio.run(main())
