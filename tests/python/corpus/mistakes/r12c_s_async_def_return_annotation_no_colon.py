# async def with a return annotation and no colon.
import asyncio

async def factorial(n: int) -> int
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

print(asyncio.run(factorial(5)))
