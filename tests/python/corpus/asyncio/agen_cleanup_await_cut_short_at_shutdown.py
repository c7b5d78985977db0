# An async generator left by a break just before main returns: the
# shutdown cancels its aclose() task before it runs, so the generator sees
# CancelledError; its handler awaits, and aclose() then throws
# GeneratorExit in at that await (CPython 3.11's aclose awaitable).
import asyncio


async def ticker():
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print("cancelled; cleaning up")
        try:
            await asyncio.sleep(0.01)
            print("cleanup done")
        except BaseException as e:
            print("cleanup interrupted by", type(e).__name__)
            raise
    finally:
        print("finally")


async def main():
    async for x in ticker():
        print(x)
        if x == 1:
            break
    print("main returns")


asyncio.run(main())
print("after")
