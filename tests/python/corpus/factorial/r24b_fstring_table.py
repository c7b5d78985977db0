import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        f *= i
    return f

async def main():
    numbers = list(range(0, 21, 4))
    values = await asyncio.gather(*(factorial(n) for n in numbers))
    print(f"{'n':>3} | {'n!':>28} | {'digits':^8}")
    print("-" * 3 + "-+-" + "-" * 28 + "-+-" + "-" * 8)
    for n, v in zip(numbers, values):
        print(f"{n:>3} | {v:>28,} | {len(str(v)):^8}")
    print(f"{'total':<10}{sum(values):_}")
    print(f"{values[-1]:e}  {values[-1]:.3g}  {values[3]:#x}  {values[2]:b}")

asyncio.run(main())
