# asyncio.wait with FIRST_COMPLETED and ALL_COMPLETED: (done, pending) sets.
import asyncio

async def work(n):
    await asyncio.sleep(n / 5)  # 0.2 s apart: the first finishes alone
    return n

async def main():
    tasks = [asyncio.create_task(work(n), name=f'work-{n}') for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('done:', sorted(t.result() for t in done), 'pending:', len(pending))
    print('pending names:', sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print('done:', sorted(t.result() for t in done), 'pending:', len(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
