# Python 3.11's asyncio.timeout around the gather, caught
import asyncio

async def worker(d):
    await asyncio.sleep(d)
    return d

async def main():
    try:
        async with asyncio.timeout(0.1) as cm:
            print(await asyncio.gather(worker(0.02), worker(0.5)))
    except TimeoutError as e:
        print('TimeoutError caught:', type(e).__name__, e.args)
    print('expired:', cm.expired())
    async with asyncio.timeout(1) as cm2:
        print(await asyncio.gather(worker(0.01), worker(0.02)))
    print('expired:', cm2.expired())
    async with asyncio.timeout(None):
        print('no limit', await worker(0))

asyncio.run(main())
