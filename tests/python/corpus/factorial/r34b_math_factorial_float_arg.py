# A student passes 5.0 (from a division) to math.factorial inside the task.
import asyncio
import math


async def factorial_task(n):
    await asyncio.sleep(0.05)
    return math.factorial(n)


async def main():
    numbers = [10 / 2, 12 // 2, 3.0]
    for n in numbers:
        print("type of", n, "is", type(n).__name__)
    results = await asyncio.gather(*(factorial_task(n) for n in numbers))
    print(results)


asyncio.run(main())
