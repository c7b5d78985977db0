import asyncio

async def factorial(n):
    me = asyncio.current_task()
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    print(f'{me.get_name()} computed {n}! = {result}')
    return result

async def main():
    tasks = [asyncio.create_task(factorial(n), name=f'worker-{i}') for i, n in enumerate([3, 5, 4])]
    print('tasks running:', len(asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print('tasks running now:', len(asyncio.all_tasks()))
    print('main task is', asyncio.current_task().get_name())

asyncio.run(main())
