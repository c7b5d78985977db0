import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def calculate_factorials(numbers):
    for n in numbers:
        print(await factorial(n))

print("compiles?")
calculate_factorials([5, 7, 3, 6])
