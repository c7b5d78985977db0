# Mistake: an await inside a comprehension in a plain function.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return n

def collect(numbers):
    return [await factorial(n) for n in numbers]

print(asyncio.run(collect([1, 2])))
