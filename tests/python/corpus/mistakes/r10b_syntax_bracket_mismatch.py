# A list comprehension closed with ) instead of ].
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return n

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers))
    print(results)

asyncio.run(calculate_factorials([5, 7, 3, 6]))
