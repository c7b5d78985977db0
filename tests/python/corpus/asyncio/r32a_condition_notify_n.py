# Condition: notify(2) wakes two, notify_all wakes the rest; wait_for with a predicate
import asyncio

async def consumer(cond, name, box, log):
    async with cond:
        await cond.wait_for(lambda: box)
        log.append((name, box.pop()))

async def main():
    cond = asyncio.Condition()
    box, log = [], []
    ts = [asyncio.create_task(consumer(cond, f"c{i}", box, log)) for i in range(4)]
    await asyncio.sleep(0.01)
    async with cond:
        box.extend([1, 2])
        cond.notify(2)
    await asyncio.sleep(0.01)
    print(log)
    async with cond:
        box.extend([3, 4])
        cond.notify_all()
    await asyncio.gather(*ts)
    print(sorted(log))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
