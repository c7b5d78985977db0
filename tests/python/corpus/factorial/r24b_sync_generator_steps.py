import asyncio

def steps(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
        yield i, f

async def factorial(name, n):
    result = 1
    for i, result in steps(n):
        print(f"Task {name}: Compute factorial({n}), currently i={i}...")
        await asyncio.sleep(0.01)
    print(f"Task {name}: factorial({n}) = {result}")
    return result

async def main():
    gen = steps(4)
    print(next(gen), next(gen), list(gen))
    await asyncio.gather(factorial("A", 3), factorial("B", 2))

asyncio.run(main())
