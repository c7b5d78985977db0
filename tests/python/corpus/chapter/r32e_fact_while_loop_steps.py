# factorial with a while loop, printing each step as it multiplies
import asyncio

async def factorial(name, n):
    result, i = 1, n
    while i > 1:
        print(f'{name}: {result} * {i}')
        await asyncio.sleep(0.05 if name == 'a' else 0.3)
        result *= i
        i -= 1
    print(f'{name}: {n}! = {result}')
    return result

async def calculate_factorials():
    await asyncio.gather(factorial('a', 4), factorial('b', 3))

asyncio.run(calculate_factorials())
