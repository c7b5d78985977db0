# AsyncExitStack opening a variable number of async resources, callbacks in LIFO order
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def conn(i):
    print("open", i)
    yield f"conn{i}"
    print("close", i)

async def cleanup(msg):
    await asyncio.sleep(0)
    print("async callback:", msg)

async def main():
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(conn(i)) for i in range(3)]
        stack.push_async_callback(cleanup, "first pushed")
        stack.callback(print, "sync callback")
        print(conns)
    print("stack closed")

asyncio.run(main())
