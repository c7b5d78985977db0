import asyncio

async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, 'done')
        return name
    except asyncio.CancelledError:
        print(name, 'cancelled')
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

asyncio.run(main())
