import asyncio
import string

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main():
    numbers = [2, 4, 3, 1]
    coros = []
    for idx, n in enumerate(numbers):
        coros.append(factorial(string.ascii_uppercase[idx], n))
    totals = await asyncio.gather(*coros)
    for idx, (n, t) in enumerate(zip(numbers, totals), start=1):
        print(f"{idx}. {n}! = {t}")

asyncio.run(main())
