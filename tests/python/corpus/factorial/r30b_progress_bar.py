# A progress bar for each factorial, printed after every step.
import asyncio


async def factorial(label, n, delay):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(delay)
        result *= i
        bar = "#" * i + "." * (n - i)
        print(f"{label:<6}[{bar}] {i * 100 // n:3d}%")
    return result


async def main():
    a, b = await asyncio.gather(factorial("A", 3, 0.1), factorial("BBBBBB", 2, 0.45))
    print("A:", a, "B:", b)


asyncio.run(main())
