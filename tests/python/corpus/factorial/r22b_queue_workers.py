import asyncio

async def factorial(n):
    acc = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        acc *= i
    return acc

async def worker(name, queue, results):
    while True:
        n = await queue.get()
        results[n] = await factorial(n)
        print(f'{name} computed {n}!')
        queue.task_done()

async def calculate_factorials(numbers):
    queue = asyncio.Queue()
    for n in numbers:
        queue.put_nowait(n)
    results = {}
    workers = [asyncio.create_task(worker(f'worker-{i}', queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for n in numbers:
        print(n, '->', results[n])

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
