# asked the task for its stack while suspended and after finishing
import asyncio

async def inner():
    await asyncio.sleep(0.05)

async def worker():
    await inner()
    return 1

async def main():
    task = asyncio.create_task(worker())
    print('before start:', [f.f_code.co_name for f in task.get_stack()])
    await asyncio.sleep(0.01)
    frames = task.get_stack()
    print('suspended:', [f.f_code.co_name for f in frames], [f.f_lineno for f in frames])
    await task
    print('done:', task.get_stack())

asyncio.run(main())
