# Nested asyncio.timeout blocks: only the one that expired turns into TimeoutError
import asyncio

async def main():
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.05) as inner:
                await asyncio.sleep(0.5)
        except TimeoutError:
            print("inner expired:", inner.expired(), "outer expired:", outer.expired())
        await asyncio.sleep(0.01)
        print("outer still fine")
    try:
        async with asyncio.timeout(0.05) as outer:
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(0.5)
    except TimeoutError:
        print("outer expired:", outer.expired(), "inner expired:", inner.expired())
    print(asyncio.current_task().cancelling())

asyncio.run(main())
