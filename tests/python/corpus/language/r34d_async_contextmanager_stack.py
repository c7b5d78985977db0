# asynccontextmanager and AsyncExitStack opening several async resources, one of them failing
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

@asynccontextmanager
async def connect(name, fail=False):
    await asyncio.sleep(0.01)
    print("connected", name)
    try:
        if fail:
            raise ConnectionRefusedError(f"{name} refused")
        yield name.upper()
    finally:
        await asyncio.sleep(0.01)
        print("closed", name)

async def main():
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connect(n)) for n in ("db", "cache")]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback")
        print("using", conns)
    print("---")
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(connect("a"))
            await stack.enter_async_context(connect("b", fail=True))
            print("not reached")
    except ConnectionRefusedError as e:
        print("caught:", e)
    async with connect("c") as c:
        raise KeyError(c)

asyncio.run(main())
