import asyncio

async def factorial(name, n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(f"Task {name}: negative input {n}")
    f = 1
    for i in range(2, n + 1):
        f *= i
    print(f"Task {name}: factorial({n}) = {f}")
    return f

async def main():
    asyncio.create_task(factorial("A", 3))
    asyncio.create_task(factorial("B", -4))
    await asyncio.sleep(0.05)
    print("main finished")

asyncio.run(main())
