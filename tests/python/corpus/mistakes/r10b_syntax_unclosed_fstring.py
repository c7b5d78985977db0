# An f-string with its closing quote missing.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
    print(f'factorial({n}) = {result})
    return result

asyncio.run(factorial(5))
