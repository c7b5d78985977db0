# one failing child cancels its siblings; the group raises an ExceptionGroup
import asyncio
# (the siblings are cancelled in the order of a set of tasks, CPython's by address: printed sorted)

cancelled = []

async def worker(n):
    try:
        await asyncio.sleep(0.1 * n)
        if n == 1:
            raise ValueError(f'worker {n} broke')
        print('worker', n, 'done')
    except asyncio.CancelledError:
        cancelled.append(f'worker {n}')
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(worker(n))
    except ExceptionGroup as eg:
        print(repr(eg))
        print([repr(e) for e in eg.exceptions])
    print('cancelled:', sorted(cancelled))

asyncio.run(main())
