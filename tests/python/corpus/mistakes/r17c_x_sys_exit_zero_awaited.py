# sys.exit(0) in an awaited task while another task sleeps: a quiet end with status 0
import asyncio
import sys


async def ticker():
    for i in range(10):
        print('tick', i)
        await asyncio.sleep(0.2)


async def finisher():
    await asyncio.sleep(0.5)
    print('enough')
    sys.exit(0)


async def main():
    asyncio.create_task(ticker())
    await asyncio.create_task(finisher())
    print('not reached')


asyncio.run(main())
