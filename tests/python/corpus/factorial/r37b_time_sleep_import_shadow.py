# "from asyncio import sleep" and later "from time import sleep": awaiting time.sleep fails.
import asyncio
from asyncio import sleep
from time import sleep, perf_counter


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await sleep(0.01)
        r *= i
    return r


async def main():
    start = perf_counter()
    print(await factorial(5))
    print(perf_counter() - start > 0)


asyncio.run(main())
