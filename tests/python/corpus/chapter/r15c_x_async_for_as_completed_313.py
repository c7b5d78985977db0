# async for over as_completed (new in 3.13): 3.11's as_completed is a plain iterator
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    try:
        async for fut in asyncio.as_completed([worker('A', 0.2), worker('B', 0.1)]):
            print(await fut)
    except TypeError as e:
        print('TypeError:', e)
    for fut in asyncio.as_completed([worker('C', 0.2), worker('D', 0.1)]):
        print(await fut)

asyncio.run(do_something())
