# A ZeroDivisionError in a created task, seen when it is awaited.
import asyncio

async def average(values):
    await asyncio.sleep(0.1)
    return sum(values) / len(values)

async def main():
    t1 = asyncio.create_task(average([1, 2, 3]))
    t2 = asyncio.create_task(average([]))
    print(await t1)
    print(await t2)

asyncio.run(main())
