# 34.6.2 where the learner only wants the first result and stops the loop
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    print(f'Worker {label} - Done it')
    return label

async def do_something():
    workers = [worker('A', 0.3), worker('B', 0.1), worker('C', 0.2)]
    for async_func in asyncio.as_completed(workers):
        first = await async_func
        print('do_something - first result:', first)
        break
    print('do_something - leaving')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
