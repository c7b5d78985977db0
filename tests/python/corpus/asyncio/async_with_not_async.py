# async with on an object without __aenter__ is a TypeError naming the type; await of a non-awaitable too.
import asyncio

class Plain:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

async def main():
    try:
        async with Plain():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        await 'text'
    except TypeError as e:
        print('TypeError:', e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
