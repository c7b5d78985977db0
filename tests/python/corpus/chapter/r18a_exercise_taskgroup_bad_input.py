# 34.8 in a TaskGroup with a negative number among the inputs
import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f'factorial of negative number {n}')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f'{n}! = {result}')
    return result

async def calculate_factorials(numbers):
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(factorial(n), name=f'fact-{n}') for n in numbers]
    except* ValueError as eg:
        print('errors:', [str(e) for e in eg.exceptions])
    for t in tasks:
        state = 'cancelled' if t.cancelled() else ('failed' if t.exception() else t.result())
        print(t.get_name(), state)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, -3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
