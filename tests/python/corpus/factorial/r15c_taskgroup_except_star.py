# TaskGroup with bad inputs: except* catches the ValueErrors and TypeErrors
import asyncio

async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f"{n!r} is not an int")
    if n < 0:
        raise ValueError(f"{n} is negative")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    print(f"{n}! = {r}")
    return r

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for x in [4, -1, "7", 2]:
                tg.create_task(factorial(x))
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("type errors:", [str(e) for e in eg.exceptions])

asyncio.run(main())
