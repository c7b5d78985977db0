# Old %-formatting for the table, with a header line
import asyncio


async def factorial(n):
    result = 1
    i = 1
    while i <= n:
        result = result * i
        i = i + 1
        await asyncio.sleep(0.1)
    return result


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print('%4s %12s' % ('n', 'factorial'))
    for n, r in zip(numbers, results):
        print('%4d %12d' % (n, r))
    print('%.2e' % results[1])


asyncio.run(calculate_factorials([5, 7, 3, 6]))
