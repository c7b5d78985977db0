# cancel() of a sleeping task: the task sees CancelledError at its await, and so does whoever awaits it.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('sleeper: CancelledError at its sleep')
        raise
    finally:
        print('sleeper: finally runs')

async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0.05)
    print('cancel() returns', task.cancel())
    print('right after cancel: done', task.done(), 'cancelled', task.cancelled())
    try:
        await task
    except asyncio.CancelledError as e:
        print('main: awaiting it raises', type(e).__name__, e.args)
    print('now: done', task.done(), 'cancelled', task.cancelled())
    print('cancel() again returns', task.cancel())

asyncio.run(main())
