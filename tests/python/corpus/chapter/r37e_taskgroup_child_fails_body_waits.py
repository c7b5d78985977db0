# a child fails while the TaskGroup body is still sleeping; the body gets cancelled
import asyncio

async def worker(n, delay):
    try:
        await asyncio.sleep(delay)
        if n == 2:
            raise RuntimeError('worker 2 failed')
        print('worker', n, 'finished')
    except asyncio.CancelledError:
        print('worker', n, 'cancelled')
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n, d in [(1, 0.05), (2, 0.1), (3, 0.5)]:
                tg.create_task(worker(n, d))
            try:
                await asyncio.sleep(1)
                print('body: slept fully')
            except asyncio.CancelledError:
                print('body: cancelled')
                raise
    except* RuntimeError as eg:
        print('group:', [str(e) for e in eg.exceptions])
    print('current task cancelling():', asyncio.current_task().cancelling())

asyncio.run(main())
