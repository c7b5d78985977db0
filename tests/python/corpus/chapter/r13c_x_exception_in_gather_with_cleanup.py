import asyncio

async def worker(n):
    try:
        await asyncio.sleep(0.1 * n)
        if n == 1:
            raise ConnectionError(f'lost connection in worker {n}')
        return n
    finally:
        print(f'worker {n} cleaning up')

async def do_something():
    tasks = [asyncio.create_task(worker(n)) for n in (1, 2, 3)]
    try:
        await asyncio.gather(*tasks)
    except ConnectionError as e:
        print('do_something -', e)
        for t in tasks:
            t.cancel()
        await asyncio.sleep(0)
        print([t.cancelled() for t in tasks])
    raise SystemExit('giving up')

asyncio.run(do_something())
