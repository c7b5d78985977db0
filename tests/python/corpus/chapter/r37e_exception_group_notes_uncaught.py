# added notes to my workers' errors; two fail in a TaskGroup and nothing catches it
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    try:
        return [10, 20][n]
    except IndexError as e:
        e.add_note(f'worker {n} only has 2 items')
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(4):
            tg.create_task(worker(n))

asyncio.run(main())
