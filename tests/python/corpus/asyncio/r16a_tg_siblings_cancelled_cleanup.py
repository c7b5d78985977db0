# When one child fails, TaskGroup cancels its siblings and waits for their cleanup
# (it cancels them in the order of a set of tasks: that order is printed sorted)
import asyncio

cancelled = []

async def sibling(name, d, cleanup):
    try:
        await asyncio.sleep(d)
        print(name, 'done')
    except asyncio.CancelledError:
        cancelled.append(name)
        await asyncio.sleep(cleanup)
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
            tg.create_task(sibling('a', 0.05, 0))
            tg.create_task(sibling('b', 1, 0.2))
            tg.create_task(sibling('c', 2, 0.1))
            tg.create_task(failer())
    except* RuntimeError as eg:
        print('caught', [str(e) for e in eg.exceptions], 0.3 <= loop.time() - t0 < 0.6)
    print('cancelled', sorted(cancelled))

asyncio.run(main())
