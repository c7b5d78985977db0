# Nested asyncio.timeout blocks: only the inner one expires
import asyncio

async def main():
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.02) as inner:
                await asyncio.sleep(0.5)
        except TimeoutError:
            print("inner expired:", inner.expired())
        print("outer expired:", outer.expired())
        await asyncio.sleep(0.01)
    print("done, outer expired:", outer.expired())

asyncio.run(main())
