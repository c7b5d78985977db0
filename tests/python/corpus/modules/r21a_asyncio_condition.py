# asyncio.Condition producer/consumer mirroring the threading version
import asyncio
async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "got", items.pop(0))
async def producer(cond, items):
    for i in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(i)
            cond.notify()
async def main():
    cond = asyncio.Condition()
    items = []
    await asyncio.gather(*(consumer(cond, items, f"c{i}") for i in range(3)), producer(cond, items))
    print("left", items)
asyncio.run(main())
