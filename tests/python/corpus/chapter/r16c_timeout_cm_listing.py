# 34.4.1's worker under asyncio.timeout: the slow sleep is cut and TimeoutError caught
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    print('worker - done it')
    return 42

async def do_something():
    try:
        async with asyncio.timeout(0.2) as cm:
            result = await worker()
    except TimeoutError:
        print('do_something - worker too slow; expired:', cm.expired())
        result = None
    print('do_something - result:', result)

asyncio.run(do_something())
