import asyncio

async def worker(ident, delay):
    print(f'Worker {ident} - will take {delay}s')
    await asyncio.sleep(delay)
    print(f'Worker {ident} - Done it')
    return ident * 100

async def do_something():
    delays = [0.12, 0.08, 0.04]
    results = await asyncio.gather(*(worker(i, d) for i, d in enumerate(delays, 1)))
    print('results (in call order):', results)

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
