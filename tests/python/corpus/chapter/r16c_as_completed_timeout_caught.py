# 34.6.2 with timeout=0.25: two results arrive, then TimeoutError is caught
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return f'{label}{int(delay * 10)}'

async def do_something():
    coros = [worker('A', 0.2), worker('B', 0.9), worker('C', 0.1)]
    got = []
    try:
        for fut in asyncio.as_completed(coros, timeout=0.25):
            got.append(await fut)
            print('do_something - result:', got[-1])
    except asyncio.TimeoutError:
        print('do_something - timed out after', len(got), 'results')

asyncio.run(do_something())
print('Main - Done')
