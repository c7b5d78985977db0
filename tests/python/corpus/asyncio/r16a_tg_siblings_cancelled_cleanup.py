# When one child fails, TaskGroup cancels its siblings and waits for their cleanup
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def sibling(name, d):
    try:
        await asyncio.sleep(d)
        print(name, 'done')
    except asyncio.CancelledError:
        print(name, 'cancelled; cleaning up')
        await asyncio.sleep(0.1)
        print(name, 'cleaned')
        raise

async def failer():
    await asyncio.sleep(0.1)
    raise RuntimeError('boom')

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling('a', 0.05))
            tg.create_task(sibling('b', 1))
            tg.create_task(sibling('c', 2))
            tg.create_task(failer())
    except* RuntimeError as eg:
        print('caught', [str(e) for e in eg.exceptions], 0.2 <= loop.time() - t0 < 0.5)

asyncio.run(main())
