import asyncio

def show(task):
    print('callback got', task.result())

async def factorial(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    tasks = []
    for n in numbers:
        t = asyncio.create_task(factorial(n))
        t.add_done_callback(show)
        tasks.append(t)
    await asyncio.sleep(0.8)
    print('done waiting')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([3, -1, 5]))
    print('Main - Done')

if __name__ == '__main__':
    main()
