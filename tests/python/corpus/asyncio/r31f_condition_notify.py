# asyncio.Condition: consumers wait for items, producer notifies one at a time
import asyncio

items = []

async def consumer(name, cond):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(f"{name} got {item}")

async def producer(cond):
    for i in range(3):
        await asyncio.sleep(0.01)
        async with cond:
            items.append(i)
            cond.notify(1)

async def main():
    cond = asyncio.Condition()
    await asyncio.gather(*(consumer(f"c{i}", cond) for i in range(3)), producer(cond))
    print("left:", items)

asyncio.run(main())
