# The first failure in a TaskGroup cancels the siblings still running; their finally blocks run; the message counts one.
import asyncio
# (The children's cancels are in the order of a set of tasks, CPython's by address: printed sorted.)

cancelled = []

async def slow(n):
    try:
        await asyncio.sleep(1)
        print('slow', n, 'finished')
    except asyncio.CancelledError:
        cancelled.append(f'slow {n}')
        raise

async def fails():
    await asyncio.sleep(0.01)
    raise RuntimeError('disk full')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(slow(n))
            tg.create_task(fails())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(str(eg))
    print('cancelled:', sorted(cancelled))

asyncio.run(main())
