import asyncio

async def factorial(n):
    # forgot: if n == 0: return 1
    return n * await factorial(n - 1)

async def main():
    result = await factorial(4)
    print(result)

asyncio.run(main())
