import asyncio

async def factorial(name, number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f"{name}: {number}! = {result}")
    return result

async def calculate_factorials(numbers):
    await asyncio.gather(*[factorial(f"T{i}", n) for i, n in enumerate(numbers)])
    await asyncio.gather(*[factorial(n) for n in numbers])

asyncio.run(calculate_factorials([3, 2]))
