# An error raised while handling another one inside a task: the "During handling" traceback.
import asyncio


async def factorial(n):
    cache = {0: 1, 1: 1}
    try:
        return cache[n]
    except KeyError:
        await asyncio.sleep(0.01)
        return n * await factorial(n - 1) if n > 0 else undefined_name


async def main():
    print(await factorial(5))
    print(await factorial(-1))


asyncio.run(main())
