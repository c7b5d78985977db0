import asyncio
import math

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    ok = "OK" if f == math.factorial(n) else "WRONG"
    print(f"Task {name}: factorial({n}) = {f} [{ok}]")
    return f

async def main():
    numbers = [0, 1, 5, 10, 15]
    names = [chr(ord("A") + i) for i in range(len(numbers))]
    results = await asyncio.gather(*[factorial(nm, n) for nm, n in zip(names, numbers)])
    assert results == [math.factorial(n) for n in numbers], "mismatch!"
    print("All results verified against math.factorial")

asyncio.run(main())
