# wait_for with timeout None, zero and negative, on done and pending awaitables
import asyncio

async def quick():
    return 'quick'

async def slow():
    try:
        await asyncio.sleep(1)
    finally:
        print('slow finally')

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(quick(), None))
    fut = loop.create_future()
    fut.set_result(7)
    print(await asyncio.wait_for(fut, 0))
    for t in (0, -1):
        try:
            await asyncio.wait_for(slow(), t)
        except asyncio.TimeoutError as e:
            print('timeout', t, type(e).__name__, e.__cause__)
    fut2 = loop.create_future()
    try:
        await asyncio.wait_for(fut2, 0.01)
    except TimeoutError:
        print('fut2 cancelled:', fut2.cancelled())
    task = asyncio.create_task(quick())
    print(await asyncio.wait_for(task, 0.5), task.done())
    try:
        await asyncio.wait_for(quick(), 'soon')
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
