# A task that fails and is never awaited: the "never retrieved" log at exit
import asyncio

async def doomed():
    await asyncio.sleep(0.01)
    raise RuntimeError("nobody listens")

async def main():
    t = asyncio.create_task(doomed(), name="doomed-task")
    await asyncio.sleep(0.05)
    print("task done:", t.done())
    del t
    print("main finishing")

asyncio.run(main())
