# AsyncExitStack.pop_all(): open several resources, and hand them to the caller only if all opened
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def resource(name, fail=False):
    await asyncio.sleep(0)
    if fail:
        raise OSError(f"cannot open {name}")
    print("opened", name)
    try:
        yield name
    finally:
        print("closed", name)

async def open_all(names, bad=None):
    async with AsyncExitStack() as stack:
        handles = [await stack.enter_async_context(resource(n, n == bad)) for n in names]
        return handles, stack.pop_all()

async def main():
    handles, stack = await open_all(["a", "b", "c"])
    print("caller owns", handles)
    async with stack:
        print("working")
    try:
        await open_all(["x", "y", "z"], bad="z")
    except OSError as e:
        print("failed:", e)

asyncio.run(main())
