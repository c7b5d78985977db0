# A tab in a block indented with spaces: TabError
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
	result *= i
    return result


print(asyncio.run(factorial(4)))
