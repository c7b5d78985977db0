# A table made with format() and str methods: center, ljust, rjust and a border
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.02 * n)
    return math.factorial(n)


async def main():
    numbers = list(range(0, 13, 3))
    values = await asyncio.gather(*map(factorial, numbers))
    width = max(len(format(v, ',')) for v in values) + 2
    line = '+' + '-' * 6 + '+' + '-' * width + '+'
    print(line)
    print('|' + 'n'.center(6) + '|' + 'n!'.center(width) + '|')
    print(line.replace('-', '='))
    for n, v in zip(numbers, values):
        print('|' + str(n).rjust(4).ljust(6) + '|' + format(v, ',').rjust(width - 1) + ' |')
    print(line)
    print(format(values[-1], '>+15,d'), format(values[-1], '^15x'), format(values[-1], '015_'))


asyncio.run(main())
