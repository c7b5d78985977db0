import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    for coro in asyncio.as_completed([job(0.4), job(0.01)], timeout=0.15):
        print("finished:", await coro)

asyncio.run(main())
