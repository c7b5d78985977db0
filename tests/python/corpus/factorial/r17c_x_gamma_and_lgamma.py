# math.gamma(n + 1) against the exact factorial, and lgamma for a size estimate
import asyncio
import math


async def compare(n):
    await asyncio.sleep(0.1)
    exact = math.factorial(n)
    approx = math.gamma(n + 1)
    return n, exact, approx, int(approx) == exact


async def main():
    for n, exact, approx, same in await asyncio.gather(*(compare(n) for n in (5, 10, 20, 25))):
        print(f'{n:>2} {exact:>28} {approx:<26.17g} {same}')
    print(math.lgamma(1001) / math.log(10))
    print(math.floor(math.lgamma(1001) / math.log(10)) + 1, len(str(math.factorial(1000))))


asyncio.run(main())
