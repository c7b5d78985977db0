# AsyncExitStack entering a variable number of async context managers, closed in reverse
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def resource(n):
    print("acquire", n)
    yield n * 100
    print("release", n)

async def main():
    async with AsyncExitStack() as stack:
        values = [await stack.enter_async_context(resource(n)) for n in range(3)]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback")
        print("values:", values)
    print("all released")

asyncio.run(main())
