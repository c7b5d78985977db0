import asyncio

async def worker(label, delay):
    print('Worker', label, '- will take some time')
    await asyncio.sleep(delay)
    if label == 'B':
        raise LookupError(f'no data for {label}')
    return label * 3

async def do_something():
    tasks = [asyncio.create_task(worker(l, d)) for l, d in (('A', 0.03), ('B', 0.06), ('C', 0.09))]
    for async_func in asyncio.as_completed(tasks):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
