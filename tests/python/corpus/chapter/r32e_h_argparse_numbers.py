# the factorial exercise with argparse so numbers can be given on the command line
import argparse
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def calculate_factorials(numbers):
    print(await asyncio.gather(*map(factorial, numbers)))

parser = argparse.ArgumentParser(description='Async factorials')
parser.add_argument('numbers', nargs='*', type=int, default=[5, 7, 3, 6])
args = parser.parse_args()
asyncio.run(calculate_factorials(args.numbers))
