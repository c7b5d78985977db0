# put the same coroutine object in the tuple twice
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label

async def do_something():
    w = worker('A')
    results = []
    for f in asyncio.as_completed((w, w, worker('B'))):
        results.append(await f)
    print(sorted(results), len(results))

asyncio.run(do_something())
