# I thought asyncio.run could take several coroutines at once.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    print(f"{n}! = {f}")
    return f


print("Main - Starting")
asyncio.run(factorial(5), factorial(3))
print("Main - Done")
