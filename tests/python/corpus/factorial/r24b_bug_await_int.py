import asyncio

def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f

async def main():
    print("computing...")
    value = await factorial(5)
    print(value)

asyncio.run(main())
