# A Future given an exception that nobody awaits: logged when the Future is garbage collected
import asyncio
import gc

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(OSError(5, "disk on fire"))
    print("future done:", fut.done())
    del fut
    gc.collect()
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
