# Trying asyncio.timeout as a plain context manager and as a decorator, as a learner might
import asyncio


async def work():
    await asyncio.sleep(0.01)
    return "worked"


async def main():
    try:
        with asyncio.timeout(1):
            await work()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        @asyncio.timeout(1)
        async def decorated():
            return await work()
    except TypeError as e:
        print("TypeError:", e)
    cm = asyncio.timeout(1)
    async with cm:
        print(await work())
    async with cm:
        print("reused")


asyncio.run(main())
