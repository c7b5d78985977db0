# wait_for times out and the student did not catch the TimeoutError.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


async def main():
    print("3! =", await asyncio.wait_for(factorial(3), 1))
    print("9! =", await asyncio.wait_for(factorial(9), 0.25))


asyncio.run(main())
