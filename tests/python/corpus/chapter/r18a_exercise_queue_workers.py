# 34.8 as a queue of numbers shared by two worker tasks
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def consumer(name, queue, results):
    while True:
        n = await queue.get()
        try:
            results[n] = await factorial(n)
            print(f'{name} computed {n}!')
        finally:
            queue.task_done()

async def calculate_factorials(numbers):
    queue = asyncio.Queue()
    results = {}
    for n in numbers:
        queue.put_nowait(n)
    workers = [asyncio.create_task(consumer(f'w{i}', queue, results)) for i in range(2)]
    await queue.join()
    print('queue empty:', queue.empty(), 'unfinished:', queue._unfinished_tasks)
    for w in workers:
        w.cancel()
    done = await asyncio.gather(*workers, return_exceptions=True)
    print([type(d).__name__ for d in done])
    for n in numbers:
        print(f'{n}! = {results[n]}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 0]))
    print('Main - Done')

if __name__ == '__main__':
    main()
