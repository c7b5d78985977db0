import asyncio


async def job(n):
    try:
        await asyncio.sleep(0.1 * n)
        return n
    except asyncio.CancelledError:
        print(f"job {n} cancelled")
        raise


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 3)]
    asyncio.get_running_loop().call_later(0.15, tasks[1].cancel)
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([r if not isinstance(r, BaseException) else type(r).__name__ for r in results])
    tasks = [asyncio.create_task(job(n)) for n in (1, 2)]
    asyncio.get_running_loop().call_later(0.0, tasks[1].cancel)
    try:
        await asyncio.gather(*tasks)
    except asyncio.CancelledError:
        print("gather raised CancelledError; first task:", tasks[0].done(), tasks[0].cancelled())
    await asyncio.sleep(0.2)
    print("first task later:", tasks[0].result())


asyncio.run(main())
