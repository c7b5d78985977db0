import asyncio

async def worker(n):
    for step in range(3):
        await asyncio.sleep(0.01 * n)
        print('.', end='', flush=True)
    return n

async def do_something():
    print('Working ', end='', flush=True)
    results = await asyncio.gather(*(worker(n) for n in (1, 2, 3)))
    print(' done')
    print('results:', results)

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
