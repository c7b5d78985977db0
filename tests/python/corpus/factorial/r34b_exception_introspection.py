# Look inside a failed factorial's exception: its traceback, context, args and type.
import asyncio
import sys


async def factorial(n):
    memo = {0: 1, 1: 1}
    try:
        return memo[n]
    except KeyError:
        await asyncio.sleep(0.01)
        if n < 0:
            raise ValueError("negative input", n)
        return n * await factorial(n - 1)


async def main():
    try:
        await factorial(-2)
    except ValueError as exc:
        print(exc.args, str(exc), repr(exc))
        print(type(exc.__context__).__name__, exc.__context__, exc.__suppress_context__)
        tb = exc.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print("raised in", tb.tb_frame.f_code.co_name, "line", tb.tb_lineno, tb.tb_frame.f_locals["n"])
        print(sys.exc_info()[0].__name__, sys.exc_info()[1] is exc)
    print(sys.exc_info())
    print(await factorial(6))
    await factorial(-1)


asyncio.run(main())
