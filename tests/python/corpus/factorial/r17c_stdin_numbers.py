# The numbers are read from standard input, one line with spaces between them
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')


line = input('Enter numbers: ')
nums = [int(x) for x in line.split()]
print()
print('Main - Starting')
asyncio.run(calculate_factorials(nums))
print('Main - Done')
