# TaskGroup where one task fails: siblings cancelled, ExceptionGroup caught with except*.
import asyncio

async def worker(n):
    try:
        await asyncio.sleep(0.1 * n)
        if n == 2:
            raise ValueError('bad n=2')
        print('worker', n, 'ok')
    except asyncio.CancelledError:
        CANCELLED.append(n)
        raise

CANCELLED = []

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 5):
                tg.create_task(worker(n))
    except* ValueError as eg:
        print('caught', repr(eg))
        for e in eg.exceptions:
            print(' -', e)
    print('cancelled:', sorted(CANCELLED))

asyncio.run(main())
