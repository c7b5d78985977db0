# gather with a star and a generator expression, results zipped with the labels
import asyncio
import random

random.seed(7)

async def worker(label):
    print('Worker', label, '- will take some time')
    await asyncio.sleep(0.02)
    result = random.randint(1, 10)
    print('Worker', label, '- Done it')
    return result

async def do_something():
    labels = 'ABCD'
    results = await asyncio.gather(*(worker(l) for l in labels))
    for label, r in zip(labels, results):
        print(f'{label}: {r:>3}')
    print('total', sum(results), 'max from', labels[results.index(max(results))])

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
