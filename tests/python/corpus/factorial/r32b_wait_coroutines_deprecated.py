# asyncio.wait given bare coroutines (deprecated in 3.11): the warning and the results.
import asyncio


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    done, pending = await asyncio.wait([factorial(n) for n in (3, 4, 5)])
    print(sorted(t.result() for t in done), pending)


asyncio.run(main())
