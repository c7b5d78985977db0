# I thought as_completed gives back tasks, so I call .result() on each one.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def main():
    for fut in asyncio.as_completed([factorial(n) for n in [3, 5]]):
        print("got", fut.result())


asyncio.run(main())
