import asyncio

async def factorial(name, number):
    if number < 0:
        raise ValueError(f"negative number for {name}: {number}")
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main():
    results = await asyncio.gather(
        factorial("A", 2),
        factorial("B", -1),
        factorial("C", 3),
        return_exceptions=True,
    )
    for r in results:
        print(type(r).__name__, r)
    try:
        await asyncio.gather(factorial("D", 2), factorial("E", -5))
    except ValueError as e:
        print("caught:", e)
    await asyncio.sleep(0.05)

asyncio.run(main())
