# asynccontextmanager generators that never yield or yield twice
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    yield 2


async def main():
    try:
        async with no_yield():
            print("body")
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with two_yields() as v:
        print("body got", v)


asyncio.run(main())
