# contextlib.aclosing makes sure an async generator is closed when the loop breaks early
import asyncio
from contextlib import aclosing

async def pages():
    n = 0
    try:
        while True:
            n += 1
            await asyncio.sleep(0)
            yield f"page {n}"
    finally:
        print("pages closed after", n)

async def main():
    async with aclosing(pages()) as it:
        async for p in it:
            print(p)
            if p.endswith("3"):
                break
    print("after aclosing")
    async with aclosing(pages()) as it:
        print(await anext(it))
        raise ValueError("boom inside aclosing")

asyncio.run(main())
