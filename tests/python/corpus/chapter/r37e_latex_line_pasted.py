# pasted the factorial formula from the exercise as a comment... but only the first line got the #
import asyncio
#
$$5! = 5 \times 4 \times 3 \times 2 \times 1 = 120$$

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

print(asyncio.run(factorial(5)))
