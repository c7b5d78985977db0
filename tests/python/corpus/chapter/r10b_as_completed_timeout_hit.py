# as_completed with a timeout that is too short: TimeoutError caught.
import asyncio

async def worker(n):
    await asyncio.sleep(n)
    return n

async def main():
    try:
        for f in asyncio.as_completed([worker(0.02), worker(0.5)], timeout=0.1):
            print('got', await f)
    except asyncio.TimeoutError:
        print('timed out waiting for the slow one')

asyncio.run(main())
