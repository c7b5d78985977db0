# 34.4.1's worker under asyncio.timeout(): made slow, then given enough time
import asyncio

async def worker(seconds):
    print('worker - will take some time')
    await asyncio.sleep(seconds)
    print('worker - done it')
    return 42

async def do_something():
    for seconds in (0.4, 0.1):
        try:
            async with asyncio.timeout(0.25) as cm:
                result = await worker(seconds)
            print('do_something - result:', result)
        except TimeoutError:
            print('do_something - timed out, expired():', cm.expired())

asyncio.run(do_something())
