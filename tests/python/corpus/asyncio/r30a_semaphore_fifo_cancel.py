# Semaphore waiters wake in FIFO order even when one of them is cancelled
import asyncio

async def worker(sem, name, order):
    async with sem:
        order.append(name)
        await asyncio.sleep(0.01)

async def main():
    sem = asyncio.Semaphore(1)
    order = []
    ts = [asyncio.create_task(worker(sem, f"w{i}", order)) for i in range(5)]
    await asyncio.sleep(0)
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(order)
    print([t.cancelled() for t in ts])

asyncio.run(main())
