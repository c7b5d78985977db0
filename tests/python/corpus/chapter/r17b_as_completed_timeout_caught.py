# as_completed with timeout: the slow worker is not waited for
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    coros = [worker('fast', 0.1), worker('slow', 2.0), worker('medium', 0.3)]
    got = []
    try:
        for fut in asyncio.as_completed(coros, timeout=0.6):
            got.append(await fut)
            print('got', got[-1])
    except asyncio.TimeoutError:
        print('timed out after', len(got), 'results')
    print(got)

asyncio.run(do_something())
