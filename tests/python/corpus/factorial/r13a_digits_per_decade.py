import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
    await asyncio.sleep(0.01)
    return result

async def main():
    ns = list(range(10, 101, 10))
    facts = await asyncio.gather(*[factorial(n) for n in ns])
    for n, f in zip(ns, facts):
        estimate = math.floor(math.lgamma(n + 1) / math.log(10)) + 1
        bar = '#' * (len(str(f)) // 5)
        print(f'{n:3d} {len(str(f)):4d} {estimate:4d} {bar}')

asyncio.run(main())
