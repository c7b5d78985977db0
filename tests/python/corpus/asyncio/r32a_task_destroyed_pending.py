# A pending task that only a reference cycle keeps alive, collected: "Task was destroyed but it is pending!"
import asyncio
import gc

async def waits_forever(fut):
    await fut

async def main():
    loop = asyncio.get_running_loop()
    t = loop.create_task(waits_forever(loop.create_future()), name="orphan")
    await asyncio.sleep(0)
    del t
    gc.collect()
    print("after collect")

asyncio.run(main())
print("after run")
