# wait(timeout=0) returns before anything runs; wait() on finished futures; an empty set and bad return_when.
import asyncio

async def work(n):
    await asyncio.sleep(0)
    return n

async def main():
    tasks = [asyncio.create_task(work(n)) for n in range(3)]
    done, pending = await asyncio.wait(tasks, timeout=0)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED, timeout=5)
    print(len(done), len(pending))
    for bad in ([], set()):
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print('ValueError:', e)
    try:
        await asyncio.wait(tasks, return_when='bogus')
    except ValueError as e:
        print('ValueError:', e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
