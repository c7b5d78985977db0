# Print the product the way the book writes it: 5! = 5 × 4 × 3 × 2 × 1 = 120.
import asyncio


async def factorial(n):
    factors = []
    result = 1
    for i in range(n, 0, -1):
        factors.append(str(i))
        result *= i
        await asyncio.sleep(0.01)
    expr = " × ".join(factors) if factors else "1 (by definition)"
    print(f"{n}! = {expr} = {result}")
    return result


async def main():
    for n in (5, 1, 0, 7):
        await factorial(n)
    print("Σ =", sum(await asyncio.gather(*(factorial(n) for n in (2, 3)))))


asyncio.run(main())
