# wait() takes an iterator or a dict of tasks (a task given twice is reported once), but not a generator
import asyncio

async def main():
    a = asyncio.create_task(asyncio.sleep(0.05, 'a'))
    b = asyncio.create_task(asyncio.sleep(0.1, 'b'))
    done, pending = await asyncio.wait(iter([a, b, a]))
    print(len(done), len(pending), sorted(t.result() for t in done))
    try:
        await asyncio.wait((t for t in [a]), timeout=0)
    except TypeError as e:
        print('TypeError:', e)
    d = {asyncio.create_task(asyncio.sleep(0, 'k')): 'name'}
    done, _ = await asyncio.wait(d)
    print([t.result() for t in done])

asyncio.run(main())
