# AsyncExitStack: open a variable number of async resources and close them in reverse order
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.005)
    print("open", name)
    try:
        yield f"conn:{name}"
    finally:
        print("close", name)

async def on_exit(msg):
    print("callback:", msg)

async def main():
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in ("db", "cache", "queue")]
        stack.push_async_callback(on_exit, "all done")
        stack.callback(print, "sync callback")
        print("using", conns)
    async with connection("a") as a, connection("b") as b:
        print("two at once:", a, b)

asyncio.run(main())
