# The repr of an asyncio.timeout() context manager in its created, active, expired and finished states
import asyncio


async def main():
    cm = asyncio.timeout(None)
    print(repr(cm))
    async with cm:
        print(repr(cm))
    print(repr(cm))
    cm2 = asyncio.timeout(0.02)
    try:
        async with cm2:
            await asyncio.sleep(0.3)
    except TimeoutError:
        print(repr(cm2).split(" when=")[0])
    print(type(cm2).__name__, type(cm2).__module__)


asyncio.run(main())
