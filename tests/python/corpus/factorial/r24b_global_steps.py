import asyncio

steps = 0

async def factorial(name, n):
    global steps
    f = 1
    for i in range(2, n + 1):
        steps += 1
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({n}) = {f}")
    return f

async def main():
    await asyncio.gather(factorial("A", 5), factorial("B", 7), factorial("C", 3))
    print("total multiplications:", steps)
    print("expected:", sum(max(n - 1, 0) for n in (5, 7, 3)))

asyncio.run(main())
