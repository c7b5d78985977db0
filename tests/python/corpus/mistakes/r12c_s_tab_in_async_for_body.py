# A coroutine whose for body mixes a tab line among space-indented lines.
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
	await asyncio.sleep(0.01)
    return result

print(asyncio.run(factorial(5)))
