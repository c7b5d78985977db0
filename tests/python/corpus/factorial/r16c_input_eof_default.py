# input() at end of file: EOFError caught and the exercise's default list used
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

try:
    text = input('Enter numbers separated by spaces: ')
    numbers = [int(t) for t in text.split()]
except EOFError:
    print()
    print('no input, using defaults')
    numbers = [5, 7, 3, 6]

results = asyncio.run(asyncio.wait_for(asyncio.gather(*map(factorial, numbers)), 5))
print(results)
