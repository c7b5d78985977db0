# TaskGroup with mixed bad inputs: handle ValueErrors and TypeErrors separately with except*.
import asyncio


async def factorial(x):
    if not isinstance(x, int):
        raise TypeError(f"{x!r} is not an int")
    if x < 0:
        raise ValueError(f"{x} is negative")
    await asyncio.sleep(0.01)
    r = 1
    for i in range(2, x + 1):
        r *= i
    return r


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for x in [5, -1, "3", 4.0, -7]:
                tg.create_task(factorial(x))
    except* ValueError as eg:
        print("values:", sorted(str(e) for e in eg.exceptions))
    except* TypeError as eg:
        print("types:", sorted(str(e) for e in eg.exceptions))
        print(type(eg).__name__, eg.message, len(eg.exceptions))


asyncio.run(main())
