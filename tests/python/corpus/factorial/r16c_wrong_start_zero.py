# A plausible mistake: result starts at 0, so every factorial prints 0
import asyncio

async def factorial(number):
    result = 0
    for i in range(1, number + 1):
        result = result * i
        await asyncio.sleep(0.1)
    print(f'factorial({number}) = {result}')
    return result

async def calculate_factorials(numbers):
    await asyncio.gather(*[factorial(n) for n in numbers])

print('Main - Starting')
asyncio.run(calculate_factorials([5, 7, 3, 6]))
print('Main - Done')
