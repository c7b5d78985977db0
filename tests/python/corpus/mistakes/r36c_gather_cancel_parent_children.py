# cancelling the task that runs a gather: what happens to the workers?
import asyncio

async def worker(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker", n, "cancelled")
        raise

async def runner():
    await asyncio.gather(worker(1), worker(2))

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    await t

asyncio.run(main())
