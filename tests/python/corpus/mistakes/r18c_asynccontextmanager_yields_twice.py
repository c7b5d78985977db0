import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def session(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("cleanup", name)
        yield None


async def main():
    async with session("alpha") as s:
        print("using", s)
    print("after")


asyncio.run(main())
