# A done callback written as a lambda with Python 2's print.
import asyncio

async def main():
    task = asyncio.create_task(asyncio.sleep(0.01, "x"))
    task.add_done_callback(lambda t: print t.result())
    await task

asyncio.run(main())
