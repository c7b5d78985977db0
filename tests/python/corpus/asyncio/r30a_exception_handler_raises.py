# An exception handler that itself fails: asyncio logs "Unhandled error in exception handler"
import asyncio

def handler(loop, context):
    raise RuntimeError("the handler broke too")

def cb():
    raise ValueError("original problem")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(cb)
    await asyncio.sleep(0.01)
    print("still running")

asyncio.run(main())
