import asyncio

async def worker(n):
    try:
        await asyncio.sleep(0.05 * n)
    except asyncio.CancelledError:
        print(f'worker {n} cancelled')
        raise
    return n

async def do_something():
    tasks = [asyncio.create_task(worker(n)) for n in range(1, 4)]
    await asyncio.sleep(0.01)
    tasks[1].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results)
    print([type(r).__name__ for r in results])
    print([t.cancelled() for t in tasks])

asyncio.run(do_something())
