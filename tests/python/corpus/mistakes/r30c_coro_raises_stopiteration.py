# A coroutine that uses next() on an exhausted iterator.
import asyncio

async def first_even(numbers):
    it = iter(numbers)
    await asyncio.sleep(0)
    return next(x for x in it if x % 2 == 0)

async def main():
    print(await first_even([1, 3, 4]))
    print(await first_even([1, 3, 5]))

asyncio.run(main())
