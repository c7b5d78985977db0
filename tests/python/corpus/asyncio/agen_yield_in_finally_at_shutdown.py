# An async generator whose finally yields again, dropped as main returns:
# its aclose() task fails, and asyncio.run's shutdown reports it.
import asyncio


async def stubborn():
    try:
        yield 1
        yield 2
    finally:
        print("finally, then yield")
        yield 3


async def main():
    async for x in stubborn():
        print(x)
        break
    print("main returns")


asyncio.run(main())
print("after")
