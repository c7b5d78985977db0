import asyncio

class Collector:
    def __init__(self):
        self.results = {}

    def __call__(self, task):
        self.results[task.get_name()] = task.result()
        print(f'Collector got {task.get_name()} -> {task.result()}')

async def worker(x, delay):
    await asyncio.sleep(delay)
    return x ** 2

async def do_something():
    collector = Collector()
    tasks = [asyncio.create_task(worker(x, d), name=f'w{x}')
             for x, d in [(2, 0.06), (3, 0.02), (4, 0.04)]]
    for t in tasks:
        t.add_done_callback(collector)
    await asyncio.gather(*tasks)
    print('collected:', collector.results)
    print('sorted:', sorted(collector.results.items()))

asyncio.run(do_something())
