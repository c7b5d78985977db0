# Catching a TaskGroup's ExceptionGroup and taking it apart with split() and subgroup().
import asyncio


async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(repr(n))
    if n < 0:
        raise ValueError(n)
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for x in (3, -1, "a", -7):
                tg.create_task(factorial(x))
    except ExceptionGroup as eg:
        print(eg)
        print(repr(eg.exceptions[0]), len(eg.exceptions))
        values, rest = eg.split(ValueError)
        print(values, "|", rest)
        print(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions)
        print(eg.subgroup(KeyError))


asyncio.run(main())
