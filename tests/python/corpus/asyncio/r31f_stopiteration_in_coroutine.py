# StopIteration and StopAsyncIteration leaking out of coroutines and async generators
import asyncio

async def takes_next(it):
    return next(it)

async def agen():
    yield 1
    raise StopAsyncIteration

async def main():
    print(await takes_next(iter([1])))
    try:
        await takes_next(iter([]))
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    try:
        async for x in agen():
            print("x =", x)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
