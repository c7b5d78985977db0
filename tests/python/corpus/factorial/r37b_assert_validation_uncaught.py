# Using assert to check the input; a negative number makes the gather fail with an AssertionError.
import asyncio


async def factorial(n):
    assert n >= 0, f"n must be non-negative, got {n}"
    r = 1
    while n > 1:
        await asyncio.sleep(0.01)
        r *= n
        n -= 1
    return r


async def main():
    print("Main - Starting")
    results = await asyncio.gather(factorial(5), factorial(-3), factorial(4))
    print(results)


asyncio.run(main())
print("Main - Done")
