import asyncio

async def factorial(n: int) -> int:
    answer = 1
    for i in reversed(range(1, n + 1)):
        answer = answer * i
        await asyncio.sleep(0.01)
    return answer

async def calculate_factorials(numbers):
    tasks = []
    for n in numbers:
        tasks.append(asyncio.create_task(factorial(n)))
    for n, task in zip(numbers, tasks):
        print(n, '->', await task)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
