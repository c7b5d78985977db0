# as_completed with a timeout: the slow one raises TimeoutError.
import asyncio

async def job(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    try:
        for f in asyncio.as_completed([job(1, 0.1), job(2, 0.2), job(3, 2)], timeout=0.5):
            print('got', await f)
    except asyncio.TimeoutError as e:
        print('timeout!', type(e).__name__, repr(e))
        print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
