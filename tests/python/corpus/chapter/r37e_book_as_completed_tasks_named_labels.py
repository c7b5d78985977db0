# 34.6.2 with named tasks, and printing which task each awaited future was
import asyncio
import random

random.seed(342)

async def worker(label):
    print('Worker', label, '- will take some time')
    await asyncio.sleep({'A': 0.3, 'B': 0.1, 'C': 0.2}[label])
    result = random.randint(1, 10)
    print('Worker', label, '- Done it')
    return label + str(result)

async def do_something():
    print('do_something - will wait for worker')
    tasks = [asyncio.create_task(worker(l), name=f'task-{l}') for l in 'ABC']
    for async_func in asyncio.as_completed(tasks):
        result = await async_func
        owner = next(t.get_name() for t in tasks if t.done() and t.result() == result)
        print('do_something - result:', result, 'from', owner, type(async_func).__name__)

def main() :
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
