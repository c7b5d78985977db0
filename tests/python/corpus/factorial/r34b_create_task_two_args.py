# I passed the function and its argument separately to create_task, like threading.Thread.
import asyncio


async def factorial(n):
    total = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        total *= i
    return total


async def main():
    numbers = [5, 7, 3, 6]
    tasks = []
    for n in numbers:
        print("scheduling", n)
        tasks.append(asyncio.create_task(factorial, n))
    print(await asyncio.gather(*tasks))


asyncio.run(main())
