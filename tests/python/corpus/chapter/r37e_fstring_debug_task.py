# f-string = debugging of the task's state, the way I debug everything
import asyncio

async def worker():
    await asyncio.sleep(0.02)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    print(f'{task.done()=}')
    result = await task
    print(f'{task.done()=}, {task.cancelled()=}')
    print(f'{result=}  {result = :>6}  {result*2=:#x}')
    print(f'{task.exception()=!s}')
    results = await asyncio.gather(worker(), worker())
    print(f'{results=} {len(results)=}')

asyncio.run(do_something())
