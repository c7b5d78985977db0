import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def do_something():
    pauses = [asyncio.sleep(0.01) for _ in range(3)]
    print('made', len(pauses), 'coroutines')
    del pauses
    results = [worker(n) for n in range(2)]
    print('results are', [type(r).__name__ for r in results])
    results.clear()
    print('done')

asyncio.run(do_something())
