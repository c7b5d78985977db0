# Factorial exercise: numbers read with input() until a blank line, bad lines reported.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

def read_numbers():
    numbers = []
    while (line := input('number> ').strip()):
        try:
            numbers.append(int(line))
        except ValueError as e:
            print(f'skipped: {e}')
    return numbers

async def main():
    numbers = read_numbers()
    print()
    for n, f in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        print(f'{n}! = {f}')

asyncio.run(main())
