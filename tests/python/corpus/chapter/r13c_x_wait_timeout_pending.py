import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)
    return n

async def do_something():
    tasks = [asyncio.create_task(worker(n), name=f'w{n}') for n in (1, 2, 5)]
    done, pending = await asyncio.wait(tasks, timeout=0.3)
    print('done:', sorted(t.get_name() for t in done))
    print('pending:', sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    print('results so far:', sorted(t.result() for t in done))

asyncio.run(do_something())
