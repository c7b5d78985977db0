# Forgot to give wait_for its timeout argument.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        f *= i
    return f


async def main():
    print("Main - Starting")
    value = await asyncio.wait_for(factorial(5))
    print("5! =", value)


asyncio.run(main())
print("Main - Done")
