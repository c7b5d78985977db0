# a text progress bar per factorial, drawn with format specs
import asyncio

async def factorial(n, width=10):
    r = 1
    for i in range(1, n + 1):
        r *= i
        filled = round(width * i / n)
        print(f"{n:>2} [{'#' * filled:<{width}}] {i / n:>4.0%}")
        await asyncio.sleep(0.05)
    return r

async def main():
    print(await factorial(4))
    print(await factorial(3, width=6))

asyncio.run(main())
