# TaskGroup where one worker fails - printing the ExceptionGroup
import asyncio

async def worker(label, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f'{label} failed')
        print(label, 'done')
        return label
    except asyncio.CancelledError:
        print(label, 'was cancelled')
        raise

async def do_something():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('A', 0.01))
            tg.create_task(worker('B', 0.02, fail=True))
            tg.create_task(worker('C', 0.2))
    except* ValueError as eg:
        print('caught group:', eg)
        print('members:', [str(e) for e in eg.exceptions])

asyncio.run(do_something())
