# A done callback reading exception() of a failed task: no "never retrieved" message for it.
import asyncio

def check(task):
    exc = task.exception()
    print('callback: exception =', repr(exc))

async def boom():
    await asyncio.sleep(0.01)
    raise OSError('disk')

async def main():
    t = asyncio.create_task(boom())
    t.add_done_callback(check)
    await asyncio.sleep(0.2)
    print('main done')

asyncio.run(main())
