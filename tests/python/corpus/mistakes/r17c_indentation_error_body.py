# The body of the for loop not indented: IndentationError naming line 6
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
    result *= i
    return result

print(asyncio.run(factorial(5)))
