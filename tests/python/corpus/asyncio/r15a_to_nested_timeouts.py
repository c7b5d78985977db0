# Nested asyncio.timeout blocks: the inner one fires first and is caught inside the outer
import asyncio

async def main():
    async with asyncio.timeout(0.5) as outer:
        try:
            async with asyncio.timeout(0.1) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner timed out; inner expired:", inner.expired(), "outer expired:", outer.expired())
        await asyncio.sleep(0.1)
        print("still inside outer")
    print("outer expired at the end:", outer.expired())
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.timeout(0.5):
                await asyncio.sleep(1)
    except TimeoutError:
        print("the outer one fired first this time")

asyncio.run(main())
