# got tired of typing asyncio. so I star-imported both modules
from asyncio import *
from time import *

async def worker(label):
    print('Worker', label, '- will take some time')
    await sleep(0.1)
    print('Worker', label, '- Done it')
    return label

async def do_something():
    results = await gather(worker('A'), worker('B'))
    print('results:', results)

run(do_something())
