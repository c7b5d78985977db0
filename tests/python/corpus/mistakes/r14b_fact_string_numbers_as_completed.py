# Mistake: the factorial exercise given numbers as strings read from a line (str + int in range()).
import asyncio


async def calculate_factorial(number):
    result = 1
    for i in range(2, number + 1):
        await asyncio.sleep(0)
        result *= i
    return number, result


async def main():
    numbers = '5 3 7'.split()
    for coro in asyncio.as_completed([calculate_factorial(n) for n in numbers]):
        n, f = await coro
        print(f'{n}! = {f}')


asyncio.run(main())
