# exercise in a TaskGroup; one input is a float and the whole group fails
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(nums):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(factorial(n)) for n in nums]
    print([t.result() for t in tasks])

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7.0, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
