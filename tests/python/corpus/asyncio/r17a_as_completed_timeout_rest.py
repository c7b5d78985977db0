# as_completed with a timeout raises TimeoutError for what is not done in time
import asyncio

async def fetch(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    got = []
    try:
        for fut in asyncio.as_completed([fetch(0.1), fetch(0.5), fetch(0.05)], timeout=0.3):
            got.append(await fut)
    except asyncio.TimeoutError:
        print('timed out after', got)

asyncio.run(main())
