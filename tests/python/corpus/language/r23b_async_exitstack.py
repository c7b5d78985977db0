import asyncio
from contextlib import AsyncExitStack, asynccontextmanager, aclosing

@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.01)
    print(f"connect {name}")
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.01)
        print(f"disconnect {name}")

async def cleanup(tag):
    await asyncio.sleep(0.01)
    print(f"async cleanup {tag}")

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers finalized")

async def main():
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in ("db", "cache")]
        stack.push_async_callback(cleanup, "first")
        stack.callback(print, "sync callback")
        print("using", conns)
    print("---")
    async with aclosing(numbers()) as nums:
        async for n in nums:
            if n == 2:
                break
    print("after aclosing")
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(connection("api"))
            raise LookupError("request failed")
    except LookupError as e:
        print("caught", repr(e))
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(open_sync_only())

def open_sync_only():
    from contextlib import nullcontext
    return nullcontext()

asyncio.run(main())
