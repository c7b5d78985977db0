# Numbers read from stdin (one line, comma separated), bad entries reported
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

def read_numbers():
    line = input('Numbers: ')
    numbers = []
    for part in line.split(','):
        part = part.strip()
        try:
            numbers.append(int(part))
        except ValueError:
            print(f'skipping {part!r}')
    return numbers

async def calculate_factorials(numbers):
    for n, f in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        print(f'{n}! = {f}')

asyncio.run(calculate_factorials(read_numbers()))
