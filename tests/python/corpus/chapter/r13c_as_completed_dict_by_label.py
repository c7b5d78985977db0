import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label, round(delay * 1000)

async def do_something():
    jobs = {'A': 0.05, 'B': 0.01, 'C': 0.03}
    finished = {}
    for rank, coro in enumerate(asyncio.as_completed([worker(k, v) for k, v in jobs.items()]), start=1):
        label, ms = await coro
        finished[label] = (rank, ms)
    print(finished)
    for label in sorted(finished):
        rank, ms = finished[label]
        print(f'{label}: place {rank} after {ms} ms')

asyncio.run(do_something())
