# contextlib.asynccontextmanager with cleanup on error, and AsyncExitStack
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def connection(name):
    print("connect", name)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        print("disconnect", name)

async def main():
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(connection("db"))
        b = await stack.enter_async_context(connection("cache"))
        stack.push_async_callback(asyncio.sleep, 0)
        print("using", a, b)
    try:
        async with connection("broken"):
            raise ConnectionResetError("lost")
    except ConnectionResetError as e:
        print("handled", repr(e))

asyncio.run(main())
