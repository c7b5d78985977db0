# A Future given an exception and dropped: its message on the default handler
import asyncio
import gc

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(ConnectionError("peer vanished"))
    fut = None
    gc.collect()
    await asyncio.sleep(0)
    print("end of main")

asyncio.run(main())
