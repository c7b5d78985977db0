import asyncio

async def factorial(n):
    await asyncio.sleep(0)
    return n * await factorial(n - 1)

async def main():
    print(await factorial(5))

asyncio.run(main())
