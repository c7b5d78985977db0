import asyncio


async def waiter(cond, name, woken):
    async with cond:
        await cond.wait()
        woken.append(name)


async def main():
    cond = asyncio.Condition()
    woken = []
    tasks = [asyncio.create_task(waiter(cond, f"w{i}", woken)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    print("after notify():", woken)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("after notify(2):", woken)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("after notify_all():", woken)


asyncio.run(main())
