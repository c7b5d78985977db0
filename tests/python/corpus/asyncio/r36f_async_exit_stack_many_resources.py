# AsyncExitStack enters a dynamic number of async resources and closes them in reverse order.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def resource(name):
    await asyncio.sleep(0.005)
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

async def main():
    names = ["db", "cache", "queue"]
    async with AsyncExitStack() as stack:
        handles = [await stack.enter_async_context(resource(n)) for n in names]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback runs first")
        print("using", handles)
    print("all closed")
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(resource("tmp"))
            raise OSError("disk full")
    except OSError as e:
        print("caught", e)

asyncio.run(main())
