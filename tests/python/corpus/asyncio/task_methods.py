# Task methods before and after it finishes: done, result, exception, InvalidStateError.
import asyncio

async def fail_later():
    await asyncio.sleep(0.05)
    raise LookupError('nothing found')

async def main():
    task = asyncio.create_task(fail_later())
    print('done:', task.done(), 'cancelled:', task.cancelled())
    try:
        task.result()
    except asyncio.InvalidStateError as e:
        print('result() too early:', e)
    try:
        task.exception()
    except asyncio.InvalidStateError as e:
        print('exception() too early:', e)
    await asyncio.sleep(0.1)
    print('done:', task.done(), 'exception:', repr(task.exception()))
    try:
        task.result()
    except LookupError as e:
        print('result() re-raises:', repr(e))
    print(isinstance(task, asyncio.Task), isinstance(task, asyncio.Future), asyncio.isfuture(task))

asyncio.run(main())
