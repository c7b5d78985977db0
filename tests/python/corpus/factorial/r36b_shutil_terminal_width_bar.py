# Progress bar sized to the terminal width (falls back to 80 columns when piped).
import asyncio
import shutil


async def factorial(n, progress):
    r = 1
    for i in range(1, n + 1):
        r *= i
        progress[n] = i / n
        await asyncio.sleep(0.05 * (n % 3 + 1))
    return r


async def main():
    cols = shutil.get_terminal_size((60, 20)).columns
    print("columns:", cols)
    progress = {}
    task = asyncio.gather(factorial(4, progress), factorial(5, progress))
    while not task.done():
        await asyncio.sleep(0.12)
    width = cols - 20
    for n, frac in sorted(progress.items()):
        bar = "#" * int(frac * width)
        print(f"{n}! [{bar:<{width}}] {frac:4.0%}")
    print(task.result())


asyncio.run(main())
