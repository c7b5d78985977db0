# A zero timeout around a body that never awaits: the body completes and no error is raised
import asyncio

async def main():
    try:
        async with asyncio.timeout(0) as cm:
            total = sum(range(100))
            print('computed', total)
        print('left the block, expired', cm.expired())
    except TimeoutError:
        print('timed out, expired', cm.expired())
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(0)
            print('after sleep(0)')
    except TimeoutError:
        print('timed out at the first await, expired', cm.expired())

asyncio.run(main())
