# gather swapped for TaskGroup; one worker fails and I catch it with except*
import asyncio

cancelled = []

async def worker(n):
    try:
        await asyncio.sleep(0.15 * n)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise
    if n == 2:
        raise OSError(f'disk {n} full')
    print('worker', n, 'ok')
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 2, 3, 4):
                tg.create_task(worker(n))
    except* OSError as eg:
        print('caught', len(eg.exceptions), 'OSError:', eg.exceptions[0])
    print('after the group, cancelled:', sorted(cancelled))

asyncio.run(main())
