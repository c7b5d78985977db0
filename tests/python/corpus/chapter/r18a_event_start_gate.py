# three workers wait for a starting signal before doing the chapter's work
import asyncio
import random

async def worker(label, start):
    print('Worker', label, '- waiting for the signal')
    await start.wait()
    await asyncio.sleep(random.choice([0.1, 0.2, 0.3]))
    result = random.randint(1, 10)
    print('Worker', label, '- Done it')
    return label + str(result)

async def do_something():
    start = asyncio.Event()
    tasks = [asyncio.create_task(worker(l, start)) for l in 'ABC']
    await asyncio.sleep(0.1)
    print('do_something - is_set:', start.is_set(), '- starting everyone')
    start.set()
    results = await asyncio.gather(*tasks)
    print('results from calls:', results)

def main():
    random.seed(7)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
