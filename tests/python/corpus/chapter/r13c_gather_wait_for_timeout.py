import asyncio

async def worker(n):
    try:
        await asyncio.sleep(n * 0.1)
        print(f'worker {n} finished')
        return n
    except asyncio.CancelledError:
        print(f'worker {n} cancelled')
        raise

async def do_something():
    try:
        results = await asyncio.wait_for(asyncio.gather(worker(1), worker(3)), timeout=0.2)
        print('results:', results)
    except asyncio.TimeoutError:
        print('do_something - gave up waiting')
    print('TimeoutError is asyncio.TimeoutError:', TimeoutError is asyncio.TimeoutError)

asyncio.run(do_something())
