import asyncio


async def factorial(n):
    print('factorial - starting', n)
    f = 1
    for x in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= x
    print('factorial - finished', n)
    return n, f


async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    for coro in asyncio.as_completed(tasks):
        n, f = await coro
        print('{}! = {}'.format(n, f))


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
