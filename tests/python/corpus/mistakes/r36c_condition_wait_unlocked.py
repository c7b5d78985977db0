# a consumer waits on a Condition without taking its lock first
import asyncio

async def consumer(cond, items):
    while not items:
        await cond.wait()
    print("consumed", items.pop())

async def main():
    cond = asyncio.Condition()
    items = []
    await consumer(cond, items)

asyncio.run(main())
