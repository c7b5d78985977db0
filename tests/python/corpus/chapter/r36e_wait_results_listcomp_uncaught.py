# switched to asyncio.wait and read the results in a list comprehension; one task had failed
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    if label == 'B':
        raise ArithmeticError(f'worker {label} overflowed')
    return label

async def do_something():
    tasks = [asyncio.create_task(worker(l, d)) for l, d in (('A', 0.05), ('B', 0.1), ('C', 0.15))]
    done, pending = await asyncio.wait(tasks)
    print('done:', len(done), 'pending:', len(pending))
    results = [t.result() for t in tasks]
    print('results:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
