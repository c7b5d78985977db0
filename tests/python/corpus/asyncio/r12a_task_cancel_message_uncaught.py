# test_tasks: a cancel message reaching asyncio.run uncaught
import asyncio

async def worker():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel("stop the worker")
    print("cancel requested")
    await t
    print("never printed")

asyncio.run(main())
