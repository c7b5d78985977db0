# Bug: return indented inside the for loop, so each factorial stops after one step.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.02)
        result *= i
        return result


async def main():
    numbers = [5, 7, 3, 6]
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f"{n}! = {r}")
    print("zero case:", await factorial(0))


asyncio.run(main())
