# put a timeout around the gather, shorter than the slowest worker
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def do_something():
    try:
        results = await asyncio.wait_for(
            asyncio.gather(worker(0.01), worker(0.5), worker(0.02)), timeout=0.1)
        print('results:', results)
    except asyncio.TimeoutError:
        print('timed out waiting for the gather')
    except TimeoutError:
        print('builtin TimeoutError')
    print('TimeoutError is asyncio.TimeoutError:', TimeoutError is asyncio.TimeoutError)

asyncio.run(do_something())
