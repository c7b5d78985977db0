# learned asyncio.sleep can hand back a value, so my worker returns what sleep gives it
import asyncio

async def worker(label, delay):
    value = await asyncio.sleep(delay, result=f'{label}:{delay}')
    print('Worker', label, '- Done it')
    return value

async def do_something():
    for async_func in asyncio.as_completed([worker('A', 0.3), worker('B', 0.1), worker('C', 0.2)]):
        print('do_something - result:', await async_func)
    nothing = await asyncio.sleep(0)
    print('plain sleep gives', nothing)

asyncio.run(do_something())
