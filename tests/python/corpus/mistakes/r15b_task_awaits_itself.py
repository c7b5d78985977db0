# Mistake: a task awaits itself (current_task) to "wait until it is done".
import asyncio

async def worker():
    print("working")
    await asyncio.sleep(0.01)
    me = asyncio.current_task()
    await me
    print("finished")

async def main():
    task = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(0.3)
    print("done:", task.done())
    await task

asyncio.run(main())
