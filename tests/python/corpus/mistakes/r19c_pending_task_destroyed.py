# A pending task loses its last reference: "Task was destroyed but it is pending!"
import asyncio
import gc

async def waits_forever(fut):
    await fut

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(waits_forever(fut), name="orphan")
    await asyncio.sleep(0.01)
    print("pending:", not task.done())
    del task, fut
    gc.collect()
    print("main done")

asyncio.run(main())
print("after run")
