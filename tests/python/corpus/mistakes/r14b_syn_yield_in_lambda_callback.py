# Mistake: a done callback written as a lambda that returns a value with "return".
import asyncio


async def worker():
    await asyncio.sleep(0.01)
    return 42


async def main():
    task = asyncio.create_task(worker())
    task.add_done_callback(lambda t: return print(t.result()))
    await task


asyncio.run(main())
