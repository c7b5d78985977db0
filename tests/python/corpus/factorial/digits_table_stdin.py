# Factorial exercise: numbers from one input() line split on commas, a right-aligned table.
import asyncio

async def factorial(n):
    value = 1
    for k in range(2, n + 1):
        value *= k
        await asyncio.sleep(0.005)
    return value

async def main():
    line = input('Numbers separated by commas: ')
    numbers = [int(part) for part in line.split(',') if part.strip()]
    values = await asyncio.gather(*map(factorial, numbers))
    width = max(len(f'{v:,}') for v in values)
    print()
    for n, v in sorted(zip(numbers, values)):
        print(f'{n:>3}! = {v:>{width},}')
    print(f"{'sum':>4} = {sum(values):>{width},}")

asyncio.run(main())
