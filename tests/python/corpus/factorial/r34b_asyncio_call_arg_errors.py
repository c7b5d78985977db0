# Getting the asyncio calls wrong in the factorial program: the argument errors one by one.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r


async def main():
    wrong = [
        lambda: asyncio.sleep(),
        lambda: asyncio.sleep(0.1, None, True),
        lambda: asyncio.sleep(delay=0.1, seconds=1),
        lambda: asyncio.create_task(),
        lambda: asyncio.shield(),
        lambda: asyncio.as_completed(),
        lambda: asyncio.as_completed([], 1.0),
        lambda: asyncio.gather(retrun_exceptions=True),
        lambda: asyncio.run(),
        lambda: asyncio.wait(),
    ]
    for i, call in enumerate(wrong, 1):
        try:
            call()
        except TypeError as e:
            print(i, "TypeError:", e)
    print(await factorial(5))


asyncio.run(main())
