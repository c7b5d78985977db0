# Cancelling a task: CancelledError at its await, cleanup, then cancelled() is True.
import asyncio

async def worker():
    print('worker starting')
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('worker got CancelledError, cleaning up')
        raise
    finally:
        print('worker finally')

async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print('cancel() returned', task.cancel())
    print('cancelling:', task.cancelling() if hasattr(task, 'cancelling') else '?', 'done yet:', task.done())
    try:
        await task
    except asyncio.CancelledError:
        print('main saw the task cancelled')
    print('cancelled:', task.cancelled(), 'done:', task.done(), 'cancel again:', task.cancel())
    try:
        task.result()
    except asyncio.CancelledError:
        print('result() raises CancelledError')
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
