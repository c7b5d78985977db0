import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    print(f'finished {n}')
    return result

async def main():
    results = [await factorial(n) for n in [3, 5, 4]]
    print(results)
    squares = {n: await factorial(n) for n in range(3)}
    print(squares)

asyncio.run(main())
