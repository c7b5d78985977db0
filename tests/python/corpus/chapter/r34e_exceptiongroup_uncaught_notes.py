# two workers fail in a TaskGroup and I add notes before the group escapes
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    try:
        raise ValueError(f'worker {label} failed')
    except ValueError as e:
        e.add_note(f'delay was {delay}')
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker('A', 0.01))
        tg.create_task(worker('B', 0.01))
        tg.create_task(asyncio.sleep(1))

asyncio.run(main())
