# Catching the TaskGroup's errors with except*: ValueErrors and TypeErrors handled separately.
import asyncio


async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f"not an int: {n!r}")
    if n < 0:
        raise ValueError(f"negative: {n}")
    await asyncio.sleep(0.01)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in [4, -2, "x", -5, 2.0]:
                tg.create_task(factorial(n))
    except* ValueError as eg:
        print("value errors:", sorted(str(e) for e in eg.exceptions))
    except* TypeError as eg:
        print("type errors:", sorted(str(e) for e in eg.exceptions))
    print("main continues")


asyncio.run(main())
