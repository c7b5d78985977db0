# One child task of a gather cancelled directly: gather raises CancelledError.
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 3)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.2)
    tasks[1].cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print('gather saw the cancel; gather cancelled():', g.cancelled())
    print([t.cancelled() for t in tasks])

asyncio.run(main())
