import asyncio
from contextlib import aclosing


async def lines():
    try:
        for i in range(100):
            yield f"line {i}"
            await asyncio.sleep(0)
    finally:
        print("lines() closed")


async def main():
    async with aclosing(lines()) as agen:
        async for line in agen:
            print(line)
            if line.endswith("2"):
                break
    print("after the with block")


asyncio.run(main())
