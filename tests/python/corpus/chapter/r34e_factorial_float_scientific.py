# printing factorials in scientific notation, it works until it doesn't
import asyncio

async def factorial(n, delay):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(delay)
    return f

async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n, 0.1 * i) for i, n in enumerate(numbers)]):
        f = await coro
        print(f'{f:e}', f'{f:.3g}', len(str(f)))

asyncio.run(calculate_factorials([10, 170, 171]))
