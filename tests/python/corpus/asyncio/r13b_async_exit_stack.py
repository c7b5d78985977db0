import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def resource(name):
    print("acquire", name)
    await asyncio.sleep(0.001)
    try:
        yield name
    finally:
        print("release", name)

async def main():
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n)) for n in ("a", "b", "c")]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback")
        print("using", names)
    print("all released")

asyncio.run(main())
