# adding a note to the worker's error before re-raising (3.11)
import asyncio

async def worker(label, value):
    await asyncio.sleep(0.01)
    try:
        return int(value)
    except ValueError as e:
        e.add_note(f'while running worker {label}')
        raise

async def do_something():
    results = await asyncio.gather(worker('A', '12'), worker('B', 'twelve'))
    print(results)

asyncio.run(do_something())
