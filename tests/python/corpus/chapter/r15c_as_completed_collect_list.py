# 34.6.2 collecting the results in a list and comparing with the labels' order
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    jobs = {'A': 0.3, 'B': 0.5, 'C': 0.1, 'D': 0.2}
    order = [await f for f in asyncio.as_completed([worker(k, v) for k, v in jobs.items()])]
    print('finishing order:', order)
    print('same as creation?', order == list(jobs))
    print('sorted by delay: ', sorted(jobs, key=jobs.get))

asyncio.run(do_something())
