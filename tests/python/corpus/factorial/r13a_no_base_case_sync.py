import asyncio

def fact(n):
    return n * fact(n - 1)

async def factorial(n):
    await asyncio.sleep(0.01)
    return fact(n)

async def main():
    print('computing 5!')
    print(await factorial(5))

asyncio.run(main())
