# Bad inputs inside a TaskGroup: catch the ValueErrors and TypeErrors separately with except*.
import asyncio


async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f"need an int, got {type(n).__name__}")
    if n < 0:
        raise ValueError(f"negative: {n}")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in [5, -2, "3", 4, -7]:
                tg.create_task(factorial(n))
    except* ValueError as eg:
        print("value errors:", sorted(str(e) for e in eg.exceptions))
    except* TypeError as eg:
        print("type errors:", [str(e) for e in eg.exceptions])
    print("after the group")


asyncio.run(main())
