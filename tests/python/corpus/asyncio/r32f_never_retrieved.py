# Fire-and-forget task that raises: "Task exception was never retrieved" at exit
import asyncio

async def background():
    await asyncio.sleep(0.01)
    raise RuntimeError("background job failed")

async def main():
    task = asyncio.create_task(background(), name="bg-job")
    await asyncio.sleep(0.05)
    print("main finished, task done:", task.done())

asyncio.run(main())
print("after run")
