import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    for n in numbers:
        try:
            print(n, asyncio.run(factorial(n)))
        except RuntimeError as err:
            print("RuntimeError:", err)
    return await factorial(numbers[-1])

print(asyncio.run(calculate_factorials([3, 4])))
