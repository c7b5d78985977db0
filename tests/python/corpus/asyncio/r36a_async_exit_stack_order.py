# AsyncExitStack unwinds async context managers and callbacks in reverse, even when one fails
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.01)
        print("close", name)


async def cleanup(tag):
    print("callback", tag)


async def main():
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("db"))
        stack.push_async_callback(cleanup, "first")
        b = await stack.enter_async_context(resource("cache"))
        stack.callback(print, "sync callback")
        print("using", a, b)
        raise OSError("disk full")


asyncio.run(main())
