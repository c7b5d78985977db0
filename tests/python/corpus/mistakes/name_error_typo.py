# Mistake: a misspelt name; Python 3.11 suggests the right one.
import asyncio

async def calculate(numbers):
    total = 0
    for number in numbers:
        total += number
    return totl

print('Main - Starting')
print(asyncio.run(calculate([1, 2, 3])))
