# asyncio.Condition: consumers wait for items announced by a producer
import asyncio

items = []

async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(f"{name} consumed {item}")

async def producer(cond):
    for i in range(3):
        await asyncio.sleep(0.1)
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
