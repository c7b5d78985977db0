# wait(FIRST_EXCEPTION) waits for all when nothing fails; with a timeout the unfinished ones stay pending and running.
import asyncio

async def job(n):
    await asyncio.sleep(0.05 * n)
    print('job', n, 'done')
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), pending)
    tasks = [asyncio.create_task(job(n)) for n in (1, 4)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print('done:', sorted(t.result() for t in done), '| pending:', len(pending))
    print('pending still running:', [t.done() for t in pending])
    await asyncio.wait(pending)
    print('all done:', [t.result() for t in tasks])
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
