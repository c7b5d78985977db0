# My ValueError has two arguments, so it prints as a tuple.
import asyncio


async def factorial(n):
    if n < 0:
        raise ValueError("negative input", n)
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return f


async def main():
    try:
        await factorial(-1)
    except ValueError as e:
        print(e, "|", e.args, "|", repr(e), "|", str(e))
    print(await factorial(4))
    raise RuntimeError() from ValueError("root", 1)


asyncio.run(main())
