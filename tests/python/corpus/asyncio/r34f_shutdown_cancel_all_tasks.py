# Graceful shutdown: cancel every task except the current one and wait for their cleanup.
import asyncio

async def worker(name, period):
    n = 0
    try:
        while True:
            n += 1
            await asyncio.sleep(period)
    except asyncio.CancelledError:
        print(f"{name}: cleaning up, ticked: {n > 0}")
        raise
    finally:
        print(f"{name}: finally")

async def main():
    for i, p in enumerate([0.5, 0.6, 0.7]):
        asyncio.create_task(worker(f"w{i}", p), name=f"w{i}")
    await asyncio.sleep(0.16)
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    tasks.sort(key=lambda t: t.get_name())
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(t.get_name(), type(r).__name__, t.cancelled())
    print("left:", len(asyncio.all_tasks()))

asyncio.run(main())
