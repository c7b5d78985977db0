# A progress bar that redraws itself with \r while 12! is being computed.
import asyncio


async def factorial(n, width=12):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
        filled = width * i // n
        print(f"\r[{'#' * filled}{'.' * (width - filled)}] {i}/{n}", end="", flush=True)
    print()
    return r


async def main():
    value = await factorial(12)
    print(f"12! = {value:,}")


asyncio.run(main())
