import asyncio

async def worker(n):
    print(f'worker {n} - will take some time')
    await asyncio.sleep(0.01 * n)
    print(f'worker {n} - done it')
    return n * n

async def do_something():
    print('do_something - awaiting in a list comprehension (one at a time)')
    results = [await worker(n) for n in range(1, 4)]
    print('do_something - results:', results)
    total = sum([await worker(n) for n in (4, 5)])
    print('do_something - total:', total)

asyncio.run(do_something())
