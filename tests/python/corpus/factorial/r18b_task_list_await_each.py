import asyncio


async def factorial(n: int) -> int:
    total = 1
    for k in range(1, n + 1):
        total *= k
        await asyncio.sleep(0.1)
    return total


async def calculate_factorials(numbers):
    tasks = []
    for n in numbers:
        tasks.append(asyncio.create_task(factorial(n)))
    print(f"created {len(tasks)} tasks")
    for n, task in zip(numbers, tasks):
        value = await task
        print(f"{n}! = {value}   (done tasks so far: {sum(t.done() for t in tasks)})")


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
