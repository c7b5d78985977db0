import asyncio

async def main():
    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(0.05) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired:", inner.expired(), "outer expired:", outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer expired:", outer.expired())
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside sees CancelledError")
                raise
    except TimeoutError as e:
        print("outside sees", type(e).__name__, "caused by", type(e.__cause__).__name__)

asyncio.run(main())
