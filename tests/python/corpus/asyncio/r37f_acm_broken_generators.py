# asynccontextmanager mistakes: a generator that never yields, and one that yields twice
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def no_yield(flag):
    if flag:
        yield "ok"

@asynccontextmanager
async def two_yields():
    yield 1
    yield 2

async def main():
    async with no_yield(True) as v:
        print("got", v)
    try:
        async with no_yield(False):
            print("never")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with two_yields() as v:
            print("inside with", v)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with two_yields() as v:
        raise KeyError("inside")

asyncio.run(main())
