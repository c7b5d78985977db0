# Mistake: range(1, n) stops before n, so the factorial is too small; then an index one past the end.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    numbers = [3, 4, 5]
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for i in range(len(numbers) + 1):
        print(f'{numbers[i]}! = {results[i]}')

asyncio.run(main())
