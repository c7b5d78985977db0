import asyncio

async def factorial(n):
    result = 0
    for i in range(n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    for n in (0, 3, 5):
        print(f'factorial({n}) = {await factorial(n)}')
    assert await factorial(3) == 6, 'factorial(3) should be 6'

asyncio.run(main())
