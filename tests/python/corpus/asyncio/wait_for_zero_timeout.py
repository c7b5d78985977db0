# wait_for with timeout 0 or less: a finished future's result, else TimeoutError; None waits forever.
import asyncio

async def quick():
    return 'quick'

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('slow was cancelled by wait_for')
        raise

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('ready')
    print(await asyncio.wait_for(fut, 0))
    print(await asyncio.wait_for(quick(), None))
    for t in (0, -1):
        try:
            await asyncio.wait_for(slow(), t)
        except asyncio.TimeoutError as e:
            print('timeout', t, '->', type(e).__name__, e.__cause__)
    task = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(task, 0.01)
    except TimeoutError:
        print('task cancelled:', task.cancelled())

asyncio.run(main())
