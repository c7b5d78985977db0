# as_completed(timeout=...) raises TimeoutError for what is not done in time.
import asyncio

async def work(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    try:
        for f in asyncio.as_completed([work(0.1), work(5), work(0.2)], timeout=0.4):  # 0.2 s after the last in time
            print('got', await f)
    except asyncio.TimeoutError:
        print('timed out waiting for the rest')
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
