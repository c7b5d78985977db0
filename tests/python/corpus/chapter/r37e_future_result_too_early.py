# asked a Future and a Task for result() and exception() before they were done
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    return 'late'

async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(worker())
    for obj in (fut, task):
        for meth in ('result', 'exception'):
            try:
                getattr(obj, meth)()
            except asyncio.InvalidStateError as e:
                print(type(obj).__name__, meth, '->', type(e).__name__, e)
    fut.cancel()
    print(await task)
    task.result = 'x'

asyncio.run(main())
