# the Timeout object's repr through its states
import asyncio

async def main():
    cm = asyncio.timeout(None)
    print(repr(cm))
    async with cm:
        print(repr(cm))
    print(repr(cm))
    cm2 = asyncio.timeout(0.05)
    try:
        async with cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2).split(' when=')[0])

asyncio.run(main())
