import asyncio

async def factorial(n):
    if n == 1:
        return 1
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result if n > 0 else 0

async def test():
    assert await factorial(1) == 1
    assert await factorial(5) == 120
    print('first two tests pass')
    assert await factorial(0) == 1, f'0! should be 1, got {await factorial(0)}'
    print('all tests pass')

asyncio.run(test())
