# A plain Future given an exception and dropped: the loop reports "Future exception was never retrieved"
import asyncio
import gc


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(ConnectionResetError("peer went away"))
    print("set the exception, dropping the future")
    del fut
    gc.collect()
    await asyncio.sleep(0.01)
    print("main continues")


asyncio.run(main())
print("done")
