# A Condition lets the printer wait until all the factorials have been stored.
import asyncio

results = {}


async def factorial(n, cond):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    async with cond:
        results[n] = r
        cond.notify_all()


async def printer(cond, expected):
    async with cond:
        await cond.wait_for(lambda: len(results) == expected)
        for n in sorted(results):
            print(f"{n}! = {results[n]}")


async def main():
    cond = asyncio.Condition()
    nums = [3, 6, 2, 5]
    await asyncio.gather(printer(cond, len(nums)), *(factorial(n, cond) for n in nums))


asyncio.run(main())
