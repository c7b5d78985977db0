# Forgot await in an assignment: the coroutine object is used as a number.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def main():
    result = factorial(5)
    print("result is", result.__class__.__name__)
    print(result * 2)

asyncio.run(main())
