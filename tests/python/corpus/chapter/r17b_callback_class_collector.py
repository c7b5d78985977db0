# The 34.5 listing with a class whose method collects results from done callbacks
import asyncio

class Collector:
    def __init__(self):
        self.results = []

    def on_done(self, task):
        self.results.append((task.get_name(), task.result()))
        print(f'collected {task.get_name()} -> {task.result()}')

async def worker(n):
    await asyncio.sleep(0.1 * n)
    return n ** 2

async def do_something():
    c = Collector()
    tasks = []
    for i in range(1, 4):
        t = asyncio.create_task(worker(i), name=f'w{i}')
        t.add_done_callback(c.on_done)
        tasks.append(t)
    await asyncio.gather(*tasks)
    print('all:', c.results)
    print('total:', sum(r for _, r in c.results))

asyncio.run(do_something())
