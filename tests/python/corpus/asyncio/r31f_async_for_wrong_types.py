# Mixing up for/async for: the TypeErrors each gives
import asyncio

async def agen():
    yield 1

async def main():
    try:
        async for x in [1, 2, 3]:
            pass
    except TypeError as e:
        print("1:", e)
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("2:", e)
    class Bad:
        async def __aiter__(self):
            return self
    try:
        async for x in Bad():
            pass
    except TypeError as e:
        print("3:", e)
    try:
        async with [1]:
            pass
    except (TypeError, AttributeError) as e:
        print("4:", type(e).__name__, e)
    print("5:", [x async for x in agen()])

asyncio.run(main())
