import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(0.02) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired:", inner.expired(), "outer expired:", outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer expired:", outer.expired())
    try:
        async with asyncio.timeout(-1):
            print("body runs even with a past deadline")
            await asyncio.sleep(0)
    except TimeoutError:
        print("but times out at the first await")

asyncio.run(main())
