import asyncio


async def main():
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(0.02) as inner:
                    await asyncio.sleep(0.05)
            except TimeoutError:
                print("inner expired:", inner.expired(), "outer expired:", outer.expired())
            await asyncio.sleep(0.2)
    except TimeoutError:
        print("outer expired:", outer.expired())


asyncio.run(main())
