# The results written as CSV to standard output with csv.writer and DictWriter
import asyncio
import csv
import sys


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f


async def main():
    numbers = [3, 6, 9]
    values = await asyncio.gather(*map(factorial, numbers))
    w = csv.writer(sys.stdout, lineterminator='\n')
    w.writerow(['n', 'n!', 'digits'])
    for n, v in zip(numbers, values):
        w.writerow([n, v, len(str(v))])
    d = csv.DictWriter(sys.stdout, fieldnames=['n', 'value'], delimiter=';', lineterminator='\n')
    d.writeheader()
    d.writerows({'n': n, 'value': f'{v:,}'} for n, v in zip(numbers, values))


asyncio.run(main())
