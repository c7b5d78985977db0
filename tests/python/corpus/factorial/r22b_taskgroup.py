import asyncio

async def factorial(n: int) -> int:
    result = 1
    for k in range(1, n + 1):
        result *= k
        await asyncio.sleep(0.1)
    return result

async def calculate_factorials(numbers: list[int]) -> None:
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n)) for n in numbers}
    for n, task in tasks.items():
        print(f"{n:>2}! = {task.result():>6}")

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
