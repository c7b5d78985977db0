# wait(FIRST_EXCEPTION) returns at the first failure; the failed task is in done
import asyncio

async def job(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise OSError(f'job {n} failed')
    return n

async def main():
    tasks = [asyncio.create_task(job(1, 0.1)), asyncio.create_task(job(2, 0.2, True)),
             asyncio.create_task(job(3, 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in tasks:
        state = 'done' if t in done else 'pending'
        print(t is tasks[1] and repr(t.exception()) or state)
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in tasks])

asyncio.run(main())
