# 34.6.1 under wait_for with a deadline shorter than the slowest worker
import asyncio

async def worker(delay):
    print(f'Worker - will take {delay}s')
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'Worker {delay} - cancelled')
        raise
    print(f'Worker {delay} - Done it')
    return delay

async def do_something():
    try:
        results = await asyncio.wait_for(asyncio.gather(worker(0.1), worker(0.3), worker(0.9)), timeout=0.5)
        print(results)
    except asyncio.TimeoutError:
        print('do_something - gave up waiting')

asyncio.run(do_something())
print('Main - Done')
