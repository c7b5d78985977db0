import asyncio

async def worker(n, sem, running):
    async with sem:
        running.append(n)
        print(f'worker {n} start, running now: {running}')
        await asyncio.sleep(0.03)
        running.remove(n)
        print(f'worker {n} done')
    return n * n

async def do_something():
    sem = asyncio.Semaphore(2)
    running = []
    results = await asyncio.gather(*(worker(n, sem, running) for n in range(5)))
    print('results:', results)

asyncio.run(do_something())
