import asyncio

async def factorial(name, n):
    if n < 0:
        raise ValueError(f"cannot compute factorial({n})")
    f = 1
    for i in range(2, n + 1):
        print(f"Task {name}: currently i={i}")
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({n}) = {f}")
    return f

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(factorial("A", 4))
        tg.create_task(factorial("B", -5))
        tg.create_task(factorial("C", 3))
    print("never printed")

asyncio.run(main())
