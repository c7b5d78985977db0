# asyncio.timeout around a TaskGroup: when it fires, every child is cancelled and TimeoutError comes out.
import asyncio
# (The children's cancels are in the order of a set of tasks, CPython's by address: printed sorted.)

cancelled = []

async def slow(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(f'slow {n}')
        raise

async def main():
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow(1))
                tg.create_task(slow(2))
    except TimeoutError:
        print('TimeoutError around the group')
    print('cancelled:', sorted(cancelled))

asyncio.run(main())
