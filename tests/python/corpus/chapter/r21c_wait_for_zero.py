# wait_for with timeout 0 and None on a quick and a done coroutine.
import asyncio

async def quick():
    return 'quick'

async def main():
    print(await asyncio.wait_for(quick(), None))
    try:
        print(await asyncio.wait_for(asyncio.sleep(0.1), 0))
    except asyncio.TimeoutError:
        print('timeout 0 expired')
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))

asyncio.run(main())
