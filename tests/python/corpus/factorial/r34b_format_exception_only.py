# Report each failed factorial with traceback.format_exception_only instead of the whole traceback.
import asyncio
import math
import traceback


async def factorial(x):
    await asyncio.sleep(0.01)
    return math.factorial(x)


async def main():
    inputs = [5, -1, 2.5, "7", None, 10**1000]
    results = await asyncio.gather(*map(factorial, inputs), return_exceptions=True)
    for x, r in zip(inputs, results):
        label = repr(x) if len(repr(x)) < 10 else repr(x)[:6] + "..."
        if isinstance(r, BaseException):
            print(f"{label:<10}", "".join(traceback.format_exception_only(r)), end="")
        else:
            print(f"{label:<10}", r)
    err = ValueError("with a note")
    err.add_note("note line")
    print(traceback.format_exception_only(type(err), err))


asyncio.run(main())
