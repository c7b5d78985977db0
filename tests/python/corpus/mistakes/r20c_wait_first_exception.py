# asyncio.wait FIRST_EXCEPTION then re-raise the failure
import asyncio

async def job(i):
    await asyncio.sleep(i * 0.1)
    if i == 2:
        raise ArithmeticError(f"job {i} overflowed")
    return i

async def main():
    tasks = [asyncio.create_task(job(i), name=f"job{i}") for i in range(1, 5)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), len(pending))
    for t in pending:
        t.cancel()
    for t in sorted(done, key=lambda t: t.get_name()):
        if t.exception():
            raise t.exception()

asyncio.run(main())
