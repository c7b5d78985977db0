# Condition.notify(n) wakes n waiters, notify_all the rest; wait_for with a predicate
import asyncio

async def consumer(cond, name, box):
    async with cond:
        await cond.wait_for(lambda: box)
        print(name, "took", box.pop(0))

async def main():
    cond = asyncio.Condition()
    box = []
    ts = [asyncio.create_task(consumer(cond, f"c{i}", box)) for i in range(4)]
    await asyncio.sleep(0.01)
    async with cond:
        box.extend(["apple", "pear"])
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        box.extend(["fig", "kiwi"])
        cond.notify_all()
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
