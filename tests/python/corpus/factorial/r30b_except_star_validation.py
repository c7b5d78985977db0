# TaskGroup with bad inputs: handle ValueError and TypeError separately with except*.
import asyncio


async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f"need an int, got {type(n).__name__}")
    if n < 0:
        raise ValueError(f"negative: {n}")
    await asyncio.sleep(0.01 * n)
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for x in [3, -1, "4", -7, 2.0]:
                tg.create_task(factorial(x))
    except* ValueError as eg:
        print("value errors:", sorted(str(e) for e in eg.exceptions))
    except* TypeError as eg:
        print("type errors:", [str(e) for e in eg.exceptions])
    print("after the group")


asyncio.run(main())
