# 34.6.1 where one worker raises: gather's first exception caught, the others still finish
import asyncio

async def worker(n):
    print(f'Worker {n} - will take some time')
    await asyncio.sleep(0.1 * n)
    if n == 1:
        raise ArithmeticError('worker 1 overflowed')
    print(f'Worker {n} - Done it')
    return n * 3

async def do_something():
    try:
        results = await asyncio.gather(worker(1), worker(2), worker(3))
        print('results from calls:', results)
    except ArithmeticError as e:
        print('do_something - gather raised:', e)
    await asyncio.sleep(0.3)
    print('do_something - done waiting')

asyncio.run(do_something())
