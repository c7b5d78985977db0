# pasted the exercise text including the formula line
import asyncio

# The factorial of a positive integer is the product of all positive integers
$$5! = 5 \times 4 \times 3 \times 2 \times 1 = 120$$

async def factorial(n):
    return 1
