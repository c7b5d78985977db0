import asyncio

items = []

async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        print(name, "consumed", item)

async def main():
    cond = asyncio.Condition()
    cs = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        items.extend(["x", "y"])
        cond.notify(1)
    await asyncio.sleep(0.01)
    print("left:", items)
    async with cond:
        cond.notify_all()
    await asyncio.sleep(0.01)
    print("still waiting:", sum(not c.done() for c in cs))
    async with cond:
        items.append("z")
        cond.notify_all()
    await asyncio.gather(*cs)
    print("all done")

asyncio.run(main())
