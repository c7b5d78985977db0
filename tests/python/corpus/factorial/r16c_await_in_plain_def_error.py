# A plausible mistake: await used inside a plain def (SyntaxError at compile time)
import asyncio

def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def calculate_factorials(numbers):
    print([factorial(n) for n in numbers])

asyncio.run(calculate_factorials([5, 7, 3, 6]))
