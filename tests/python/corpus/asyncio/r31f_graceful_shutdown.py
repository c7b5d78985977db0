# Graceful shutdown: cancel workers, let them clean up in finally, collect results
import asyncio

async def worker(n):
    try:
        count = 0
        while True:
            await asyncio.sleep(0.01 * n if count == 0 else 1.0)
            count += 1
    except asyncio.CancelledError:
        print(f"worker {n} cancelled, ticked at least once: {count > 0}")
        raise
    finally:
        print(f"worker {n} cleanup")

async def main():
    tasks = [asyncio.create_task(worker(n), name=f"w{n}") for n in (1, 2, 3)]
    await asyncio.sleep(0.15)
    print("shutting down")
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, res):
        print(t.get_name(), t.cancelled(), repr(r))

asyncio.run(main())
