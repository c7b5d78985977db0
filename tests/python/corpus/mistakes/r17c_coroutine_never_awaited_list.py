# Coroutines made in a list comprehension and never gathered: one warning each
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def main():
    jobs = [factorial(n) for n in [3, 4, 5]]
    print(len(jobs), 'jobs made')
    await asyncio.sleep(0.1)
    print('main ends without running them')


asyncio.run(main())
