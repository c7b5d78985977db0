# An async generator pipeline (source -> parse -> filter) with aclosing and a break half way
import asyncio
from contextlib import aclosing

async def lines():
    try:
        for i, raw in enumerate(["10", "x", "25", "7", "", "40", "3"]):
            await asyncio.sleep(0.005)
            yield i, raw
    finally:
        print("source closed")

async def parse(src):
    async for i, raw in src:
        try:
            yield int(raw)
        except ValueError:
            print(f"  skip line {i}: {raw!r}")

async def big(nums, limit):
    async for n in nums:
        if n > limit:
            yield n

async def main():
    async with aclosing(big(parse(lines()), 5)) as stream:
        async for n in stream:
            print("got", n)
            if n == 25:
                print("enough")
                break
    print("after pipeline")

asyncio.run(main())
