# Using traceback.TracebackException to print a compact summary of a failure inside a recursive task.
import asyncio
import traceback


async def factorial(n):
    await asyncio.sleep(0.001)
    if n == 2:
        raise RuntimeError("simulated failure at n=2")
    return 1 if n < 2 else n * await factorial(n - 1)


async def main():
    try:
        await factorial(6)
    except RuntimeError as e:
        te = traceback.TracebackException.from_exception(e, limit=-2)
        print("".join(te.format_exception_only()), end="")
        print([(fs.name, fs.line) for fs in te.stack])
        print(len(traceback.extract_tb(e.__traceback__)), "frames in all")
        print(traceback.format_exception_only(type(e), e))


asyncio.run(main())
