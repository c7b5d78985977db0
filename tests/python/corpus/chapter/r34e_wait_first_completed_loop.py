# converted as_completed into a loop of asyncio.wait(FIRST_COMPLETED)
import asyncio

async def worker(label, delay):
    print('Worker', label, '- will take some time')
    await asyncio.sleep(delay)
    return label + str(int(delay * 10))

async def do_something():
    pending = {asyncio.create_task(worker(l, d)) for l, d in (('A', 0.3), ('B', 0.1), ('C', 0.2))}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        for t in done:
            print('round', rounds, 'result:', t.result(), 'still pending:', len(pending))

asyncio.run(do_something())
