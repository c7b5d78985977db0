# asyncio.timeout as cm, then asked cm.expired() afterwards
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def attempt(delay):
    try:
        async with asyncio.timeout(0.1) as cm:
            result = await worker(delay)
        print(f'{delay}: got {result}, expired={cm.expired()}')
    except TimeoutError:
        print(f'{delay}: timed out, expired={cm.expired()}')

async def main():
    await attempt(0.02)
    await attempt(0.3)
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
