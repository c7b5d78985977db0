# Getting a failed task's exception and printing its traceback with the traceback module.
import asyncio
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def check(n):
    if n < 0:
        raise ValueError(f"negative input {n}")


async def factorial(n):
    check(n)
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in (3, -2)]
    await asyncio.wait(tasks)
    for t in tasks:
        exc = t.exception()
        if exc is None:
            print("ok:", t.result())
        else:
            print("".join(traceback.format_exception(exc)).replace(HERE, ""), end="")
            print([f.name for f in traceback.extract_tb(exc.__traceback__)])


asyncio.run(main())
