# add_note on the error tells which input failed; the note shows in the traceback.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def safe_factorial(x):
    try:
        return await factorial(x)
    except TypeError as e:
        e.add_note(f"while computing the factorial of {x!r}")
        e.add_note("hint: convert the input with int() first")
        raise


async def main():
    print(await safe_factorial(4))
    try:
        await safe_factorial("4")
    except TypeError as e:
        print(e.__notes__)
    await safe_factorial(4.5)


asyncio.run(main())
