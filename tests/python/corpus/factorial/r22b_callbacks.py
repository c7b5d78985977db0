import asyncio


def report(task):
    n, value = task.result()
    print('callback:', n, '! =', value)


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return n, result


async def calculate_factorials(numbers):
    tasks = []
    for n in numbers:
        task = asyncio.create_task(factorial(n))
        task.add_done_callback(report)
        tasks.append(task)
    await asyncio.gather(*tasks)
    print('all callbacks have run')


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
