# the book style but with old % formatting for the output lines
import asyncio
import random

random.seed(1234)

async def worker(label):
    print('Worker %s - will take some time' % label)
    await asyncio.sleep(0.01)
    result = random.randint(1, 10)
    print('Worker %-3s- Done it (%02d)' % (label, result))
    return label, result

async def do_something():
    results = await asyncio.gather(worker('A'), worker('B'), worker('C'))
    print('results: %s' % (results,))
    print('%(n)d results, best %(best)r' % {'n': len(results), 'best': max(results, key=lambda r: r[1])})
    print('%5.1f%%' % (100 * sum(r for _, r in results) / 30))

asyncio.run(do_something())
