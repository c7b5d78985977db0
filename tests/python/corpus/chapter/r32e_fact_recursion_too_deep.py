# recursive async factorial of 5000 - what happens?
import asyncio

async def factorial(n):
    if n <= 1:
        return 1
    return n * await factorial(n - 1)

async def calculate_factorials(numbers):
    for n in numbers:
        try:
            r = await factorial(n)
            print(n, 'ok, digits:', len(str(r)))
        except RecursionError as e:
            print(n, 'RecursionError:', e)

asyncio.run(calculate_factorials([10, 5000]))
