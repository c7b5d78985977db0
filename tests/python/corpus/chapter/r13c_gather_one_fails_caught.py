import asyncio

async def worker(n):
    print(f'Worker {n} - will take some time')
    await asyncio.sleep(0.1 * n)
    if n == 1:
        raise ValueError('bad input: 1')
    print(f'Worker {n} - Done it')
    return n

async def do_something():
    try:
        results = await asyncio.gather(worker(1), worker(2), worker(3))
    except ValueError as e:
        print('do_something - gather raised:', e)
    print('do_something - other tasks keep running:')
    await asyncio.sleep(0.3)
    print('do_something - finished')

asyncio.run(do_something())
