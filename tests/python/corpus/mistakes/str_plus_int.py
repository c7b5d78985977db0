# Mistake: joining a str and an int with +.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    for n in (3, 4):
        value = await factorial(n)
        print('The factorial of ' + str(n) + ' is ' + value)

asyncio.run(main())
