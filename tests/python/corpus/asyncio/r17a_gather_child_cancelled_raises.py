# one child task cancelled: gather raises CancelledError, the others go on
import asyncio

async def child(n, d):
    await asyncio.sleep(d)
    print('child', n, 'done')
    return n

async def main():
    tasks = [asyncio.create_task(child(i, 0.1 * i)) for i in (1, 2, 3)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.05)
    tasks[1].cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError; gather cancelled?', g.cancelled())
    await asyncio.sleep(0.4)
    print([t.cancelled() for t in tasks])

asyncio.run(main())
