# Printing the traceback of a failed factorial with the traceback module, and going on.
import asyncio
import traceback


async def factorial(n):
    if n < 0:
        raise ValueError(f"cannot take factorial of {n}")
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)


async def safe(n):
    try:
        return await factorial(n)
    except ValueError:
        traceback.print_exc()
        return None


async def main():
    print(await asyncio.gather(safe(4), safe(-1)))
    try:
        await factorial(-5)
    except ValueError as e:
        print(traceback.format_exception_only(type(e), e))
        print("".join(traceback.format_exception_only(e)).strip())


asyncio.run(main())
