import asyncio

async def factorial(name, n):
    if not isinstance(n, int):
        raise TypeError(f"factorial() needs an int, got {type(n).__name__}")
    if n < 0:
        raise ValueError(f"factorial() not defined for negative values: {n}")
    f = 1
    for i in range(2, n + 1):
        print(f"Task {name}: currently i={i}")
        await asyncio.sleep(0.2)
        f *= i
    print(f"Task {name}: factorial({n}) = {f}")
    return f

async def main():
    results = await asyncio.gather(
        factorial("A", 3),
        factorial("B", -2),
        factorial("C", 4),
    )
    print(results)

asyncio.run(main())
