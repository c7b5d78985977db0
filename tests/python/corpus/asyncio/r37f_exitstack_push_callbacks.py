# AsyncExitStack with push_async_callback and callback: cleanup runs in reverse, even on error
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def connection(name):
    print(f"open {name}")
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.01)
        print(f"close {name}")

async def flush(label):
    print(f"flush {label}")

async def main():
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in ("db", "cache")]
        stack.push_async_callback(flush, "logs")
        stack.callback(print, "sync callback", "with", "args")
        print("using", conns)
    print("---")
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(connection("queue"))
            stack.push_async_callback(flush, "metrics")
            raise RuntimeError("boom in body")
    except RuntimeError as e:
        print("caught:", e)

asyncio.run(main())
