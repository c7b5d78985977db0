# wait_for: the inner error before the timeout; a shielded task outliving its timeout
import asyncio

async def fails_fast():
    await asyncio.sleep(0.01)
    raise PermissionError('denied')

async def slow_save():
    await asyncio.sleep(0.2)
    print('slow_save finished anyway')
    return 'saved'

async def main():
    try:
        await asyncio.wait_for(fails_fast(), 1)
    except PermissionError as e:
        print('PermissionError:', e)
    task = asyncio.create_task(slow_save())
    try:
        await asyncio.wait_for(asyncio.shield(task), 0.03)
    except asyncio.TimeoutError as e:
        print('timed out; cause', type(e.__cause__).__name__, 'task cancelled?', task.cancelled())
    print(await task)
    inner = asyncio.create_task(asyncio.sleep(1))
    try:
        await asyncio.wait_for(inner, 0.01)
    except TimeoutError:
        print('inner task cancelled by wait_for:', inner.cancelled())

asyncio.run(main())
