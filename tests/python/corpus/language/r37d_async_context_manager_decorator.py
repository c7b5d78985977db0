# asynccontextmanager used as a resource pool and as a decorator, with an error inside the block.
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

log = []

@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.01)
    log.append(f"open {name}")
    try:
        yield f"conn-{name}"
    except ValueError as e:
        log.append(f"rollback {name}: {e}")
        raise
    finally:
        await asyncio.sleep(0.01)
        log.append(f"close {name}")

@connection("deco")
async def job():
    log.append("in job")
    return "unused"

async def main():
    async with connection("a") as c:
        log.append(f"use {c}")
    print(await job())
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in "xy"]
        stack.push_async_callback(asyncio.sleep, 0)
        log.append(f"have {conns}")
    try:
        async with connection("bad"):
            raise ValueError("constraint failed")
    except ValueError:
        log.append("caught")
    print("\n".join(log))
    async with connection("last"):
        raise KeyError("oops")

asyncio.run(main())
