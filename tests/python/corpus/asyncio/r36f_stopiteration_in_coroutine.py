# next() on an exhausted iterator inside a coroutine turns into RuntimeError (PEP 479), uncaught.
import asyncio

async def first_even(nums):
    await asyncio.sleep(0)
    return next(n for n in nums if n % 2 == 0)

async def main():
    print(await first_even([1, 3, 4]))
    print(await first_even([1, 3, 5]))

asyncio.run(main())
