# AsyncExitStack managing several fake connections plus a cleanup callback, unwound in reverse.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.005)
    print("open", name)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.005)
        print("close", name)

async def flush(what):
    await asyncio.sleep(0)
    print("flush", what)

async def main():
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in ("db", "cache", "queue")]
        stack.push_async_callback(flush, "buffers")
        stack.callback(print, "sync callback")
        print("using", conns)
    print("--- with an error")
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(connection("db"))
            raise RuntimeError("query failed")
    except RuntimeError as e:
        print("caught:", e)

asyncio.run(main())
