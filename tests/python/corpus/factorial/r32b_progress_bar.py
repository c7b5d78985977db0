# A text progress bar updated with end='' while the factorial loop awaits between steps.
import asyncio


async def factorial_with_bar(n, width=10):
    result = 1
    for i in range(1, n + 1):
        result *= i
        filled = width * i // n
        print(f"\r[{'#' * filled}{'.' * (width - filled)}] {i}/{n}", end="", flush=True)
        await asyncio.sleep(0.02)
    print()
    return result


async def main():
    for n in (4, 7):
        value = await factorial_with_bar(n)
        print(f"{n}! = {value}")


asyncio.run(main())
