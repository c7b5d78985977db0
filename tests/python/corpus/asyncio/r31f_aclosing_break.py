# Breaking out of an async generator: aclosing makes its finally run right away
import asyncio
from contextlib import aclosing

async def stream(name):
    try:
        for i in range(100):
            await asyncio.sleep(0)
            yield i
    finally:
        print(f"{name}: cleanup")

async def main():
    async with aclosing(stream("closed")) as s:
        async for x in s:
            if x == 2:
                break
    print("after aclosing block")
    gen = stream("manual")
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    print("aclose again:", await gen.aclose())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
