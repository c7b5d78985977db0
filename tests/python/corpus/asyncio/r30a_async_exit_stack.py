# contextlib.AsyncExitStack with async contexts, plain contexts and async callbacks
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager

@asynccontextmanager
async def conn(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        print("close", name)

@contextmanager
def plain(name):
    print("enter", name)
    yield name
    print("exit", name)

async def cleanup(tag):
    print("callback", tag)

async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(conn("db"))
        b = stack.enter_context(plain("file"))
        stack.push_async_callback(cleanup, "one")
        c = await stack.enter_async_context(conn("cache"))
        print("using", a, b, c)
        raise RuntimeError("work failed")

asyncio.run(main())
