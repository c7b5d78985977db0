# A plain Future's exception is never retrieved: the message appears when it is freed
import asyncio
import gc


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(PermissionError("access denied"))
    print("set the exception")
    del fut
    gc.collect()
    print("after collect")
    fut2 = loop.create_future()
    fut2.set_exception(ValueError("seen"))
    fut2.exception()
    del fut2
    print("end of main")


asyncio.run(main())
