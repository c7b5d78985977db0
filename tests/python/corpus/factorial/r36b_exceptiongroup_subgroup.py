# TaskGroup with bad inputs; split the ExceptionGroup by type and report each part.
import asyncio


async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f"not an int: {n!r}")
    if n < 0:
        raise ValueError(f"negative: {n}")
    await asyncio.sleep(0.01 * n)
    out = 1
    for k in range(2, n + 1):
        out *= k
    return out


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in [4, -1, "x", -7, 2.5]:
                tg.create_task(factorial(n))
    except ExceptionGroup as eg:
        print(eg)
        values = eg.subgroup(lambda e: isinstance(e, ValueError))
        types, rest = eg.split(TypeError)
        print("value errors:", sorted(str(e) for e in values.exceptions))
        print("type errors:", sorted(str(e) for e in types.exceptions))
        print("rest:", rest)
        print("derive:", repr(eg.derive([ValueError("x")])))


asyncio.run(main())
