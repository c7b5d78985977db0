import asyncio

async def factorial(name, number):
    f = 1
    for i in range(1, number):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main():
    r = await asyncio.gather(factorial("A", 3), factorial("B", 5))
    assert r == [6, 120], f"expected [6, 120] but got {r}"

asyncio.run(main())
