# Mistake: a lambda callback indexes the task's result as if it were a list (error logged by the loop).
import asyncio


async def worker():
    await asyncio.sleep(0.05)
    return 42


async def main():
    task = asyncio.create_task(worker())
    task.add_done_callback(lambda t: print('first:', t.result()[0]))
    await task
    await asyncio.sleep(0)
    print('main - done')


asyncio.run(main())
