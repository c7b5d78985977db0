# async with used inside a plain def (the semaphore version, half converted).
import asyncio

sem = asyncio.Semaphore(2)


def factorial(n):
    async with sem:
        r = 1
        for i in range(2, n + 1):
            r *= i
        return r


async def main():
    print(await asyncio.gather(*(factorial(n) for n in (3, 4))))


asyncio.run(main())
