# await in a list comprehension inside a plain def.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return n

def calculate_factorials(numbers):
    return [await factorial(n) for n in numbers]

print(calculate_factorials([5, 7, 3, 6]))
