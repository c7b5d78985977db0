# A return dedented to a column no block started at.
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
        await asyncio.sleep(0.01)
  return result

print(asyncio.run(factorial(4)))
