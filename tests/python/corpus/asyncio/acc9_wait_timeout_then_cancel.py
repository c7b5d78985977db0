# wait(timeout=) leaves pending tasks running; cancelling them and waiting again gives cancelled tasks in done.
import asyncio

async def work(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    tasks = {asyncio.create_task(work(n), name=f'w{n}') for n in (1, 5, 6)}
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    done2, pending2 = await asyncio.wait(pending)
    print(sorted((t.get_name(), t.cancelled()) for t in done2), pending2)
    done3, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done3))

asyncio.run(main())
