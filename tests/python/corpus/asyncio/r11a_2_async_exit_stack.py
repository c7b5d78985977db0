import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def resource(name, fail=False):
    print(f"open {name}")
    try:
        if fail:
            raise OSError(f"{name} unavailable")
        yield name.upper()
    finally:
        print(f"close {name}")


async def main():
    async with AsyncExitStack() as stack:
        handles = [await stack.enter_async_context(resource(n)) for n in ["db", "cache", "queue"]]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback at exit")
        print("using", handles)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(resource("a"))
            await stack.enter_async_context(resource("b", fail=True))
    except OSError as e:
        print("caught", e)


asyncio.run(main())
