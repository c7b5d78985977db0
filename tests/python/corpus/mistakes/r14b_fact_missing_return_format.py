# Mistake: the factorial coroutine forgets its return, so the thousands format is applied to None.
import asyncio


async def calculate_factorial(number):
    result = 1
    for i in range(2, number + 1):
        result *= i
        await asyncio.sleep(0)
    print(f'factorial({number}) computed')


async def main():
    values = await asyncio.gather(calculate_factorial(10), calculate_factorial(12))
    for v in values:
        print(f'{v:,}')


asyncio.run(main())
