# numbers from sys.argv, or the book's list if none given
import asyncio
import sys

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def calculate_factorials(numbers):
    print(await asyncio.gather(*map(factorial, numbers)))

numbers = [int(a) for a in sys.argv[1:]] or [5, 7, 3, 6]
print('argv has', len(sys.argv), 'item(s); script name ends .py:', sys.argv[0].endswith('.py'))
asyncio.run(calculate_factorials(numbers))
