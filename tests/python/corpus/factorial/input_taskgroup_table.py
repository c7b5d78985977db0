import asyncio
import math

async def factorial(n: int) -> int:
    if n < 0:
        raise ValueError(f"factorial() not defined for negative values: {n}")
    await asyncio.sleep(0.01 * n)
    return math.factorial(n)

async def main():
    raw = input("Numbers separated by spaces: ")
    numbers = []
    for tok in raw.split():
        try:
            numbers.append(int(tok))
        except ValueError:
            print(f"skipping {tok!r}")
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n)) for n in numbers if n >= 0}
    width = max(len(str(n)) for n in tasks)
    for n, t in tasks.items():
        print(f"{n:>{width}}! = {t.result():,}")
    while True:
        try:
            line = input()
        except EOFError:
            print("bye")
            break
        print("echo:", line.strip().title())

asyncio.run(main())
