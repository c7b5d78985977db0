import asyncio
import math

async def factorial(n: int) -> int:
    for _ in range(n):
        await asyncio.sleep(0.1)
    return math.factorial(n)

async def calculate_factorials(numbers: list[int]) -> dict[int, int]:
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n)) for n in numbers}
        print("inside the group:", [t.done() for t in tasks.values()])
    print("after the group:", [t.done() for t in tasks.values()])
    return {n: t.result() for n, t in tasks.items()}

def main():
    print('Main - Starting')
    results = asyncio.run(calculate_factorials([5, 7, 3, 6]))
    for n, r in results.items():
        print(f"{n}! = {r}")
    print(results)
    print('Main - Done')

if __name__ == '__main__':
    main()
