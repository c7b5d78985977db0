import asyncio
# (The children's cancels are in the order of a set of tasks, CPython's by address: printed sorted.)

cancelled = []

async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, 'done')
        return name
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def main():
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(worker('fast', 0.01))
                tg.create_task(worker('slow', 0.5))
                tg.create_task(worker('slower', 1))
    except TimeoutError as e:
        print('group timed out:', type(e).__name__, type(e.__context__).__name__)
    print('cancelled:', sorted(cancelled))

asyncio.run(main())
