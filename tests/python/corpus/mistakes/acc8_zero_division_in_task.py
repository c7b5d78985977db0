# A ZeroDivisionError inside a created task, awaited later.
import asyncio

async def average_factorial(numbers):
    await asyncio.sleep(0.01)
    total = 1
    for n in numbers:
        total *= n
    return total / len(numbers)

async def main():
    t1 = asyncio.create_task(average_factorial([1, 2, 3]))
    t2 = asyncio.create_task(average_factorial([]))
    print(await t1)
    print(await t2)

asyncio.run(main())
