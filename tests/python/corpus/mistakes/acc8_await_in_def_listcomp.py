# await inside a plain function's list comprehension.
import asyncio

async def factorial(n):
    await asyncio.sleep(0)
    return n

def collect(numbers):
    return [await factorial(n) for n in numbers]

print(asyncio.run(collect([1, 2])))
