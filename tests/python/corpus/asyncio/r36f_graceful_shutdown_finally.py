# Graceful shutdown: cancel long-running workers and let each run its finally cleanup.
import asyncio

async def worker(name, period):
    count = 0
    try:
        while True:
            await asyncio.sleep(period)
            count += 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled after {count} ticks")
        raise
    finally:
        print(f"{name}: closing resources")

async def main():
    tasks = [asyncio.create_task(worker(f"w{i}", 0.2 * (i + 1)), name=f"w{i}") for i in range(3)]
    await asyncio.sleep(0.3)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(t.get_name(), type(r).__name__, t.cancelled())

asyncio.run(main())
