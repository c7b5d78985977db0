import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main():
    res = await asyncio.gather(factorial("zero", 0), factorial("one", 1), factorial("two", 2))
    print(res, sum(res), all(r >= 1 for r in res))

asyncio.run(main())
