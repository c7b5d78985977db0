# Using a Semaphore with async with in a plain (non-async) main function.
import asyncio

sem = asyncio.Semaphore(2)


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.01)
    return r


def main():
    async with sem:
        print(asyncio.run(factorial(5)))


main()
