# as_completed where the second one to finish raises; no try in my loop
import asyncio

async def worker(label, delay):
    print('Worker', label, '- will take some time')
    await asyncio.sleep(delay)
    if label == 'B':
        raise ConnectionResetError(f'{label}: connection reset')
    print('Worker', label, '- Done it')
    return label

async def do_something():
    tasks = [asyncio.create_task(worker(l, d)) for l, d in (('A', 0.05), ('B', 0.15), ('C', 0.3))]
    for async_func in asyncio.as_completed(tasks):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
