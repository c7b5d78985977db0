# Cancelling sleeping tasks: each one's finally runs, in the order they were cancelled.
import asyncio

async def worker(n):
    try:
        print(f'worker {n} sleeping')
        await asyncio.sleep(10)
    finally:
        print(f'worker {n} cleanup')

async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(4)]
    await asyncio.sleep(0.01)
    for t in reversed(tasks):
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print([t.cancelled() for t in tasks])

asyncio.run(main())
