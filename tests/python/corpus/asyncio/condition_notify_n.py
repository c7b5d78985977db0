# Condition.notify(2) wakes two waiters in FIFO order, notify_all() the rest; notify() without the lock is a RuntimeError.
import asyncio

async def consumer(cond, n, out):
    async with cond:
        await cond.wait()
        out.append(n)

async def main():
    cond = asyncio.Condition()
    out = []
    ts = [asyncio.create_task(consumer(cond, i, out)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print(out)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(out)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
