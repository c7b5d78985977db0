# digits of n! without building it: math.lgamma and log10 of big ints
import asyncio
import math

async def digits(n):
    await asyncio.sleep(0.01)
    return math.floor(math.lgamma(n + 1) / math.log(10)) + 1

async def main():
    ns = [10, 100, 1000, 3000]
    est = await asyncio.gather(*map(digits, ns))
    for n, d in zip(ns, est):
        big = math.factorial(n)
        print(n, d, math.floor(math.log10(big)) + 1, math.log10(big), math.log2(big), math.log(big))

asyncio.run(main())
