# printing factorials in scientific notation; the big one goes wrong
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    await asyncio.sleep(0.01)
    return result

async def calculate_factorials(numbers):
    for n in numbers:
        r = await factorial(n)
        print(f'{n}! = {r:.3e}')
    print('ratio', factorial(3) / 2)

asyncio.run(calculate_factorials([5, 20, 100, 170, 171]))
