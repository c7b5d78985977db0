# Sum of the digits and trailing zeros of each factorial
import asyncio


async def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    await asyncio.sleep(0.1)
    return result


def trailing_zeros(x):
    s = str(x)
    return len(s) - len(s.rstrip('0'))


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, f in zip(numbers, results):
        digits = sum(int(d) for d in str(f))
        print(f'{n}!: digit sum {digits}, trailing zeros {trailing_zeros(f)}')


asyncio.run(calculate_factorials([10, 25, 50, 100, 200]))
