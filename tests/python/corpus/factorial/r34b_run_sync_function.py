# calculate_factorials is a normal function that returns a list, but I pass its result to asyncio.run.
import asyncio
import math


def calculate_factorials(numbers):
    return [math.factorial(n) for n in numbers]


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
