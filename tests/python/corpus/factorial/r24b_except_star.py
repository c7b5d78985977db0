import asyncio

async def factorial(name, n):
    if not isinstance(n, int):
        raise TypeError(f"{name}: not an integer: {n!r}")
    if n < 0:
        raise ValueError(f"{name}: negative: {n}")
    await asyncio.sleep(0.01)
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for name, n in [("A", 5), ("B", -1), ("C", "x"), ("D", -7)]:
                tg.create_task(factorial(name, n))
    except* ValueError as eg:
        for e in eg.exceptions:
            print("value problem:", e)
    except* TypeError as eg:
        print("type problems:", len(eg.exceptions), eg.exceptions[0])
    print("after the group")

asyncio.run(main())
