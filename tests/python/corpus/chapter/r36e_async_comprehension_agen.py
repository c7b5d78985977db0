# collected worker results with an async list comprehension over an async generator
import asyncio
import random

async def results_stream(labels):
    for label in labels:
        await asyncio.sleep(0.02)
        yield label + str(random.randint(1, 10))

async def do_something():
    random.seed(7)
    all_results = [r async for r in results_stream('ABCD')]
    big = [r async for r in results_stream('EFGH') if int(r[1:]) > 5]
    print(all_results)
    print('big ones:', big)
    print({r[0]: int(r[1:]) async for r in results_stream('XY')})

asyncio.run(do_something())
