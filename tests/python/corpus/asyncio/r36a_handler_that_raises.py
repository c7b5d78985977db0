# An exception handler that itself raises: asyncio reports both problems on stderr and goes on
import asyncio


def broken_handler(loop, context):
    raise AttributeError("handler is broken too")


def cb():
    raise ValueError("original problem")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(broken_handler)
    loop.call_soon(cb)
    await asyncio.sleep(0.01)
    print("still running")


asyncio.run(main())
print("done")
