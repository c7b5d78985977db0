# Cancelling worker tasks that clean up in finally blocks; the order of cleanup and the final states.
import asyncio

async def worker(name, delay, log):
    try:
        while True:
            await asyncio.sleep(delay)
            log.append(f"{name} tick")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled args={e.args}")
        raise
    finally:
        await asyncio.sleep(0.01)
        log.append(f"{name} cleaned up")

async def main():
    log = []
    tasks = {n: asyncio.create_task(worker(n, d, log), name=n) for n, d in [("fast", 0.2), ("slow", 0.35)]}
    await asyncio.sleep(0.5)
    tasks["fast"].cancel("shutdown")
    tasks["slow"].cancel()
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    print("\n".join(log))
    print([type(r).__name__ for r in results], [r.args for r in results])
    print([t.cancelled() for t in tasks.values()])
    t = asyncio.create_task(worker("last", 0.2, log))
    await asyncio.sleep(0.3)
    t.cancel()
    await t

asyncio.run(main())
