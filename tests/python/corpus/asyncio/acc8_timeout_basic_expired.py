# asyncio.timeout around a slow sleep: TimeoutError outside the block, expired() True; a fast body leaves it False.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('TimeoutError', e.args, 'expired', cm.expired())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.01)
    print('fast body expired?', cm2.expired())
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
