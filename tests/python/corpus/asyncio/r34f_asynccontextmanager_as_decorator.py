# An @asynccontextmanager used as a decorator on a coroutine function (AsyncContextDecorator).
import asyncio
from contextlib import asynccontextmanager

depth = 0

@asynccontextmanager
async def traced(label):
    global depth
    print("  " * depth + f"> {label}")
    depth += 1
    try:
        yield
    except Exception as e:
        print("  " * depth + f"! {type(e).__name__}: {e}")
        raise
    finally:
        depth -= 1
        print("  " * depth + f"< {label}")

@traced("load")
async def load(n):
    await asyncio.sleep(0)
    return list(range(n))

@traced("process")
async def process(n):
    data = await load(n)
    if not data:
        raise ValueError("no data")
    return sum(data)

async def main():
    print(await process(4))
    try:
        await process(0)
    except ValueError:
        print("failed as expected")

asyncio.run(main())
