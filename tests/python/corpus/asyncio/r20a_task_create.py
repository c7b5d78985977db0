# PyMOTW asyncio_create_task: a task from a coroutine, its repr before and after, result.
import asyncio


async def task_func():
    print('in task_func')
    return 'the result'


async def main(loop):
    print('creating task')
    task = loop.create_task(task_func())
    print('waiting for {!r}'.format(task).split(' coro=')[0])
    return_value = await task
    print('task completed {!r}'.format(task).split(' coro=')[0])
    print('return value: {!r}'.format(return_value))


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(event_loop))
finally:
    event_loop.close()
