# test_tasks test_cancel_traceback_for_future_result: the CancelledError's traceback, uncaught
import asyncio

async def coro():
    await asyncio.sleep(0)
    fut = asyncio.get_running_loop().create_future()
    fut.cancel('why not')
    fut.result()

async def main():
    await asyncio.create_task(coro())

asyncio.run(main())
