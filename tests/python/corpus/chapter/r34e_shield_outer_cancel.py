# shield keeps the worker going even though wait_for gives up
import asyncio

async def worker():
    await asyncio.sleep(0.2)
    print('worker - done anyway')
    return 42

async def main():
    t = asyncio.create_task(worker())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.05)
    except asyncio.TimeoutError:
        print('timed out; task cancelled?', t.cancelled())
    print('result later:', await t)

asyncio.run(main())
