# Condition with consumers waiting for items that a producer notifies one at a time
import asyncio

items = []

async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        print(f"{name} consumed {item}")

async def producer(cond):
    for i in range(3):
        await asyncio.sleep(0.05)
        async with cond:
            items.append(f"item{i}")
            print(f"produced item{i}")
            cond.notify()

async def main():
    cond = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(3)]
    await producer(cond)
    await asyncio.gather(*consumers)
    print("left:", items)

asyncio.run(main())
