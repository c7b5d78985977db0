import asyncio

async def factorial(number):
    name = asyncio.current_task().get_name()
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.01)
        result *= i
    print(f'[{name}] {number}! = {result}')
    return result

async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n), name=f'fact-{n}') for n in numbers]
    print('tasks:', [t.get_name() for t in tasks])
    print('running:', len(asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print('running now:', len(asyncio.all_tasks()))
    print('current:', asyncio.current_task().get_name())

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
