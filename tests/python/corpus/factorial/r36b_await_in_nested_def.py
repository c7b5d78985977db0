# A helper defined inside the async function uses await, but the helper itself isn't async.
import asyncio


async def calculate_factorials(numbers):
    def factorial(n):
        result = 1
        for i in range(1, n + 1):
            await asyncio.sleep(0.1)
            result *= i
        return result

    return [factorial(n) for n in numbers]


def main():
    print('Main - Starting')
    print(asyncio.run(calculate_factorials([5, 7, 3, 6])))
    print('Main - Done')


if __name__ == '__main__':
    main()
