# AsyncExitStack: callbacks in reverse order, an __aexit__ suppresses the error
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def suppressor():
    try:
        yield
    except LookupError as e:
        print("suppressing", repr(e))

async def cleanup(name):
    print("cleanup", name)

async def main():
    async with AsyncExitStack() as stack:
        stack.push_async_callback(cleanup, "first")
        await stack.enter_async_context(suppressor())
        stack.push_async_callback(cleanup, "last")
        raise KeyError("missing")
    print("stack exited normally")
    async with AsyncExitStack() as stack:
        stack.callback(print, "sync callback")
        stack.push_async_callback(cleanup, "async")
        1 / 0

asyncio.run(main())
