# Factorial exercise: tasks created in a loop, then awaited one by one in creation order.
import asyncio

async def factorial(n, delay):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(delay)
        result *= i
    print(f'  (factorial {n} finished)')
    return result

async def main():
    numbers = [5, 7, 3, 6]
    tasks = []
    for n in numbers:
        task = asyncio.create_task(factorial(n, 0.02))
        tasks.append(task)
    print('created', len(tasks), 'tasks;', sum(t.done() for t in tasks), 'done')
    for n, task in zip(numbers, tasks):
        print(f'{n}! = {await task}')
    print(all(t.done() for t in tasks))

asyncio.run(main())
