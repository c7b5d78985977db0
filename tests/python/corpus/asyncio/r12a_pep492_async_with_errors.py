# test_pep492: async with on objects lacking __aenter__/__aexit__, and __aexit__ suppressing
import asyncio

class OnlyEnter:
    async def __aenter__(self):
        return self

class Suppress:
    async def __aenter__(self):
        return "resource"
    async def __aexit__(self, *exc):
        print("aexit got", exc[0].__name__ if exc[0] else None)
        return True

async def main():
    async with Suppress() as r:
        print("using", r)
        raise KeyError("x")
    print("after suppressed block")
    try:
        async with OnlyEnter():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    async with object():
        pass

asyncio.run(main())
