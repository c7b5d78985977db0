# asyncio.wait(timeout=...): nothing is cancelled at the timeout; the pending tasks go on until cancelled.
import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    tasks = {asyncio.create_task(job(n), name=f'job{n}') for n in (1, 2, 5, 8)}
    done, pending = await asyncio.wait(tasks, timeout=0.35)  # 0.15 s from job2 and job5
    print('done:', sorted(t.result() for t in done))
    print('pending:', sorted(t.get_name() for t in pending))
    done2, pending2 = await asyncio.wait(pending, timeout=0.3, return_when=asyncio.FIRST_COMPLETED)
    print('next first completed:', [t.get_name() for t in done2], len(pending2))
    for t in pending2:
        t.cancel()
    await asyncio.sleep(0)
    print('cancelled:', [t.cancelled() for t in pending2])
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait(tasks, return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
