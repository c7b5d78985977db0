# the factorial exercise with named tasks and a progress line from a done callback
import asyncio

finished = []

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        result *= i
    return result

def progress(task, total):
    finished.append(task.get_name())
    print(f'[{len(finished)}/{total}] {task.get_name()} = {task.result()}')

async def calculate_factorials(nums):
    tasks = []
    for n in nums:
        t = asyncio.create_task(factorial(n), name=f'{n}!')
        t.add_done_callback(lambda t, total=len(nums): progress(t, total))
        tasks.append(t)
    await asyncio.wait(tasks)
    print('order finished:', finished)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
