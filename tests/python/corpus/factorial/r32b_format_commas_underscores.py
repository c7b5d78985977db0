# Printing factorials with thousands separators: ',' and '_' and in a right-aligned table.
import asyncio


async def factorial(n):
    value = 1
    for i in range(2, n + 1):
        value *= i
        if i % 5 == 0:
            await asyncio.sleep(0.01)
    return value


async def main():
    numbers = range(10, 21, 2)
    values = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, v in zip(numbers, values):
        print(f"{n:3d}! = {v:>30,}")
    for n, v in zip(numbers, values):
        print(f"{n}! = {v:_}  hex={v:_x}")
    print("{:,}".format(values[-1]).count(","), "commas in 20!")
    print(f"{values[0]:.3e}", f"{float(values[-1]):e}")


asyncio.run(main())
