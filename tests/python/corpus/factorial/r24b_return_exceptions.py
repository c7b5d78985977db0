import asyncio

async def factorial(name, n):
    if type(n) is not int:
        raise TypeError(f"Task {name}: expected int, got {n!r}")
    if n < 0:
        raise ValueError(f"Task {name}: negative number {n}")
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

async def main():
    inputs = {"A": 5, "B": -1, "C": "7", "D": 3.0, "E": 6}
    results = await asyncio.gather(
        *(factorial(k, v) for k, v in inputs.items()), return_exceptions=True
    )
    print(results)
    for (name, n), r in zip(inputs.items(), results):
        if isinstance(r, Exception):
            print(f"{name}: {type(r).__name__}: {r}")
        else:
            print(f"{name}: {n}! = {r}")

asyncio.run(main())
