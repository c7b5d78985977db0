# Old style: main awaits a task that gets cancelled; CancelledError escapes run_until_complete.
import asyncio


async def task_func():
    await asyncio.sleep(1)


async def main(loop):
    task = loop.create_task(task_func())
    loop.call_later(0.05, task.cancel)
    await task
    print('not reached')


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(event_loop))
finally:
    print('closing event loop')
    event_loop.close()
