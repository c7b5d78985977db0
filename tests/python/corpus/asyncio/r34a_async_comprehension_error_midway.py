# An exception in the middle of an async list comprehension: the async generator is left unfinished
import asyncio


async def numbers():
    try:
        for i in range(5):
            await asyncio.sleep(0)
            yield i
    finally:
        print("numbers finally")


async def main():
    try:
        result = [10 // (2 - x) async for x in numbers()]
    except ZeroDivisionError as e:
        print("comprehension failed:", e)
    await asyncio.sleep(0)
    print("main continues")
    gen = (x * 2 async for x in numbers())
    print(type(gen).__name__, await gen.__anext__())
    await gen.aclose()
    print([10 // (3 - x) async for x in numbers()])


asyncio.run(main())
