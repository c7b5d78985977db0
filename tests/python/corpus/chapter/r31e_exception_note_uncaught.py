# added a note to the worker's exception before it escapes gather
import asyncio

async def worker(label, value):
    await asyncio.sleep(0.01)
    try:
        return 100 / value
    except ZeroDivisionError as e:
        e.add_note(f'worker {label} was given {value!r}')
        raise

async def do_something():
    results = await asyncio.gather(worker('A', 4), worker('B', 0))
    print(results)

asyncio.run(do_something())
