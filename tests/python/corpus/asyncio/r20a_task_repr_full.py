# Task reprs, with coro= and the source line, at pending and finished states.
import asyncio


async def task_func():
    await asyncio.sleep(0.01)
    return 'the result'


async def main():
    task = asyncio.create_task(task_func(), name='T1')
    print(repr(task).replace(__file__, 'FILE'))
    await task
    print(repr(task).replace(__file__, 'FILE'))


asyncio.run(main())
