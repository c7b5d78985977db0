# one failing task shared by two gathers; the second gather is not in a try
import asyncio

async def worker(label, fail=False):
    await asyncio.sleep(0.05)
    if fail:
        raise RuntimeError(f'{label} broke')
    return label

async def do_something():
    bad = asyncio.create_task(worker('bad', fail=True))
    try:
        await asyncio.gather(worker('A'), bad)
    except RuntimeError as e:
        print('first gather:', e)
    print(await asyncio.gather(worker('B'), bad, return_exceptions=True))
    await asyncio.gather(worker('C'), bad)

asyncio.run(do_something())
