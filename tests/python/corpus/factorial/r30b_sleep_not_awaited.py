# Forgot to await asyncio.sleep inside the loop: it "works" but warns.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.1)
        result *= i
    print(f"{n}! = {result}")
    return result


async def calculate_factorials(numbers):
    return await asyncio.gather(*[factorial(n) for n in numbers])


print(asyncio.run(calculate_factorials([5, 7, 3, 6])))
print("done")
