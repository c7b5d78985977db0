# Handle the negative inputs with except*, but let the TypeErrors escape to the top.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(f"{n} is negative")
    p = 1
    for i in range(1, n + 1):
        p *= i
    return p


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(factorial(5))
            t2 = tg.create_task(factorial(-3))
            t3 = tg.create_task(factorial("7"))
    except* ValueError as group:
        for e in group.exceptions:
            print("bad value:", e)
    print("not reached")


asyncio.run(main())
