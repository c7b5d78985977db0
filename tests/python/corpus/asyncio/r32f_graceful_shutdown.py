# Graceful shutdown: cancel all background workers and let them run their cleanup
import asyncio

async def worker(name, delay):
    try:
        n = 0
        await asyncio.sleep(delay)
        n += 1
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name}: cleaning up after {n} ticks")
        raise
    finally:
        print(f"{name}: finally")

async def main():
    tasks = [asyncio.create_task(worker(f"w{i}", 0.01 * (i + 1)), name=f"w{i}") for i in range(3)]
    await asyncio.sleep(0.15)
    print("shutting down", len(tasks), "tasks")
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(t.get_name(), t.cancelled(), type(r).__name__)

asyncio.run(main())
