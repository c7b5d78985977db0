# An async generator left by `break` just before main returns: CPython's
# loop closes it in an aclose() task that asyncio.run's shutdown cancels
# before its first step, so the generator sees CancelledError, not
# GeneratorExit.
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
            await asyncio.sleep(0.01)
    except BaseException as e:
        print(name, "got", type(e).__name__)
        raise
    finally:
        print(name, "finally")


async def main():
    async for x in ticker("a", 5):
        print(x)
        if x == "a1":
            break
    print("broke out of a")
    async for y in ticker("b", 5):
        print(y)
        if y == "b2":
            break
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
