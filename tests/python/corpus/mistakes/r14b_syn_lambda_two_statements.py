# Mistake: two statements in a lambda callback, separated by a semicolon.
import asyncio


async def worker():
    await asyncio.sleep(0.01)
    return 42


async def main():
    task = asyncio.create_task(worker())
    task.add_done_callback(lambda t: print(t.result()); print('callback done'))
    await task


asyncio.run(main())
