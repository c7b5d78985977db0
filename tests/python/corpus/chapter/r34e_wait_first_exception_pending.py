# asyncio.wait with FIRST_EXCEPTION and what's left pending
import asyncio

async def worker(label, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(label + ' failed')
    return label

async def main():
    tasks = [asyncio.create_task(worker('A', 0.05)),
             asyncio.create_task(worker('B', 0.15, fail=True)),
             asyncio.create_task(worker('C', 0.4))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('done', sorted(t.get_coro().cr_code.co_name + str(tasks.index(t)) for t in done))
    print('pending', [tasks.index(t) for t in pending])
    for t in sorted(done, key=tasks.index):
        print(t.exception() or t.result())
    for t in pending:
        t.cancel()

asyncio.run(main())
