# wait(FIRST_COMPLETED) returns as soon as one task is done; the rest stay pending
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = {asyncio.create_task(job(d), name=f'j{d}') for d in (0.3, 0.1, 0.2)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('done:', sorted(t.get_name() for t in done))
    print('pending:', sorted(t.get_name() for t in pending))
    done2, pending2 = await asyncio.wait(pending)
    print('later:', sorted(t.result() for t in done2), len(pending2))

asyncio.run(main())
