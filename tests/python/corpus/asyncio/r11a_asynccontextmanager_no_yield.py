import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def maybe_lock(enabled):
    if enabled:
        print("locked")
        yield "lock"
        print("unlocked")


async def main():
    async with maybe_lock(True) as value:
        print("got", value)
    async with maybe_lock(False) as value:
        print("got", value)


asyncio.run(main())
