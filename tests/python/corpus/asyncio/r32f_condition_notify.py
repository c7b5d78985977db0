# asyncio.Condition: consumers wait for items, the producer notifies one or all
import asyncio

items = []

async def consumer(name, cond):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(f"{name} got {item}")

async def producer(cond):
    for i in range(3):
        await asyncio.sleep(0.02)
        async with cond:
            items.append(f"item{i}")
            cond.notify(1)

async def main():
    cond = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(f"c{i}", cond)) for i in range(3)]
    await producer(cond)
    await asyncio.gather(*consumers)
    print("left:", items)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
