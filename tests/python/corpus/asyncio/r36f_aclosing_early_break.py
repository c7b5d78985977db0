# contextlib.aclosing makes sure an async generator's cleanup runs right after an early break.
import asyncio
from contextlib import aclosing

async def pages():
    try:
        for p in range(1, 100):
            await asyncio.sleep(0)
            yield p
    finally:
        print("closing page stream")

async def main():
    async with aclosing(pages()) as stream:
        async for p in stream:
            if p == 3:
                break
            print("page", p)
    print("after async with")
    gen = pages()
    async for p in gen:
        break
    print("without aclosing, finally has not run yet")
    await gen.aclose()

asyncio.run(main())
