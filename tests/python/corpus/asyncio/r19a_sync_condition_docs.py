# docs "Condition": wait, notify(n), notify_all, wait_for(predicate)
import asyncio

async def consumer(cond, name, items):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(f"{name} got {item}")

async def waiter(cond, name):
    async with cond:
        print(name, "waiting")
        r = await cond.wait()
        print(name, "woken", r)

async def main():
    cond = asyncio.Condition()
    items = []
    cons = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(3)]
    await asyncio.sleep(0.1)
    for i in range(3):
        async with cond:
            items.append(i * 10)
            cond.notify()
        await asyncio.sleep(0.1)
    await asyncio.gather(*cons)
    ws = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock locked:", lock.locked(), c2.locked())

asyncio.run(main())
