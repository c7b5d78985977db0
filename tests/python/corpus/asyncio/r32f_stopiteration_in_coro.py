# A coroutine calls next() on an empty iterator: StopIteration becomes RuntimeError
import asyncio

async def first_even(numbers):
    await asyncio.sleep(0.01)
    return next(n for n in numbers if n % 2 == 0)

async def main():
    print(await first_even([1, 3, 4, 5]))
    t = asyncio.create_task(first_even([1, 3, 5]))
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
    print(await first_even([7, 9]))

asyncio.run(main())
