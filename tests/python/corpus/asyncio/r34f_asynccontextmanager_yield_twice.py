# Mistakes with @asynccontextmanager: a generator that yields twice, and one that never yields.
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def twice():
    print("setup")
    yield 1
    print("between")
    yield 2

@asynccontextmanager
async def never(flag):
    if flag:
        yield "ok"
    print("no yield here")

async def main():
    try:
        async with twice() as v:
            print("body got", v)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with never(True) as v:
        print("body got", v)
    async with never(False) as v:
        print("unreachable", v)

asyncio.run(main())
