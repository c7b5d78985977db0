import asyncio

items = []

async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0.1)
    for i in range(3):
        async with cond:
            items.append(i * 10)
            cond.notify()
        await asyncio.sleep(0.1)
    await asyncio.gather(*tasks)
    async with cond:
        cond.notify_all()
        print("notified all; locked:", cond.locked())
    print("locked after:", cond.locked())

asyncio.run(main())
