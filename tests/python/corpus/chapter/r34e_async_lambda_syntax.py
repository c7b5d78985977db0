# wanted an async lambda for the callback
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def main():
    t = asyncio.create_task(worker())
    t.add_done_callback(async lambda task: print(task.result()))
    await t

asyncio.run(main())
