import asyncio
from functools import reduce

async def factorial(n):
    steps = []
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        steps.append(i)
    value = reduce(lambda a, b: a * b, steps, 1)
    expr = ' * '.join(map(str, steps)) or '1'
    return f'{n}! = {expr} = {value}'

async def main():
    lines = await asyncio.gather(*map(factorial, [5, 0, 3, 6]))
    print('\n'.join(lines))

if __name__ == '__main__':
    asyncio.run(main())
