# trying asyncio.Barrier (new in 3.11) so all workers print "Done it" together
import asyncio

async def worker(label, delay, barrier):
    print('Worker', label, '- will take some time')
    await asyncio.sleep(delay)
    print('Worker', label, '- arrived')
    pos = await barrier.wait()
    print('Worker', label, '- Done it, position', pos)
    return label

async def do_something():
    barrier = asyncio.Barrier(3)
    results = await asyncio.gather(
        worker('A', 0.1, barrier), worker('B', 0.3, barrier), worker('C', 0.2, barrier))
    print('results:', results, 'broken?', barrier.broken)

asyncio.run(do_something())
