# Two factorials report their progress as percentages; the slower one keeps going after the other ends.
import asyncio


async def factorial(label, n, step):
    total = 1
    for i in range(1, n + 1):
        await asyncio.sleep(step)
        total *= i
        print(f"{label}: {i / n:6.1%} done")
    return total


async def main():
    a, b = await asyncio.gather(factorial("A", 2, 0.1), factorial("B", 3, 0.3))
    print(f"{a=} {b=}")


asyncio.run(main())
