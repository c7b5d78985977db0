import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f"{n}! = {result}")

print("Main - Starting")
asyncio.run(factorial(5), factorial(6))
print("Main - Done")
