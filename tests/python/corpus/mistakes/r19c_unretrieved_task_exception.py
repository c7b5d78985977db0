# A task raises but nobody awaits it: "Task exception was never retrieved"
import asyncio
import gc

async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("oops in background")

async def main():
    t = asyncio.create_task(failing(), name="bg")
    await asyncio.sleep(0.1)
    print("task done:", t.done())
    del t
    gc.collect()
    print("main done")

asyncio.run(main())
