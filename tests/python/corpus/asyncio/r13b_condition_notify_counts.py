import asyncio

async def consumer(cond, name, items):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        print(name, "got", item)

async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(4)]
    await asyncio.sleep(0.01)
    async with cond:
        items.append("x")
        cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        items.extend(["y", "z", "w"])
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
