# Each task appends to a global list; the order shows who finished first.
import asyncio

finished = []


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    finished.append((n, result))
    return result


async def calculate_factorials(numbers):
    await asyncio.gather(*(factorial(n) for n in numbers))
    print("in finishing order:", finished)
    print("sorted by n:", sorted(finished))
    print("sorted by value desc:", sorted(finished, key=lambda p: p[1], reverse=True))


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
