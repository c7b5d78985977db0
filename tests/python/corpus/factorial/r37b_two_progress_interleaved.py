# Two factorials print their progress at different speeds so the lines interleave.
import asyncio


async def factorial(label, n, delay):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(delay)
        r *= i
        print(f"{label}: {i}/{n} ({100 * i // n}%)")
    return r


async def main():
    a, b = await asyncio.gather(factorial("fast", 3, 0.2), factorial("slow", 2, 0.5))
    print("results:", a, b)


asyncio.run(main())
