# Numbers read one a line until the end of input; bad lines are skipped with a message
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


async def calculate_factorials(numbers):
    for n, r in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        print(f'{n}! = {r}')


numbers = []
while True:
    try:
        line = input()
    except EOFError:
        break
    try:
        numbers.append(int(line))
    except ValueError:
        print(f'not a number: {line!r}')
asyncio.run(calculate_factorials(numbers))
