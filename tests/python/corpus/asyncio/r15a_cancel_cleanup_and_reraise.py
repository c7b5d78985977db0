# A cancelled worker saves its progress in except CancelledError, then re-raises
import asyncio

async def worker(progress):
    try:
        for i in range(10):
            progress.append(i)
            await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        print("worker: saving progress", progress)
        raise

async def main():
    progress = []
    t = asyncio.create_task(worker(progress))
    await asyncio.sleep(0.3)
    t.cancel()
    results = await asyncio.gather(t, return_exceptions=True)
    print("gather saw:", type(results[0]).__name__)
    print("cancelled:", t.cancelled())

asyncio.run(main())
