# sys.exc_info and sys.exception() inside nested handlers while tasks fail.
import asyncio
import sys


async def factorial(n):
    await asyncio.sleep(0.01)
    if n > 10:
        raise OverflowError(f"{n} too big for this demo")
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    print("outside:", sys.exc_info(), sys.exception())
    try:
        await factorial(12)
    except OverflowError:
        print("outer:", sys.exc_info()[0].__name__, sys.exception())
        try:
            await asyncio.wait_for(factorial(11), 1)
        except OverflowError as inner:
            print("inner:", sys.exception() is inner, repr(inner.__context__))
        print("back in outer:", sys.exception())
    print("after:", sys.exc_info()[0], await factorial(5))


asyncio.run(main())
