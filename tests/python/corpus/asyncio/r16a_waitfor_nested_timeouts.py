# wait_for inside wait_for: the shorter timeout fires, the outer one never does
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def inner():
    try:
        return await asyncio.wait_for(asyncio.sleep(1, 'inner'), 0.1)
    except TimeoutError:
        return 'inner timed out'

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.wait_for(inner(), 0.5), tenths(loop.time() - t0))
    try:
        await asyncio.wait_for(asyncio.wait_for(asyncio.sleep(1), 0.5), 0.2)
    except TimeoutError:
        print('outer timed out first at', tenths(loop.time() - t0))

asyncio.run(main())
