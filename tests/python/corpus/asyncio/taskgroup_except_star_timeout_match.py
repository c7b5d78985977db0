import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise KeyError(n)
    if n == 3:
        raise ValueError(n)
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 5):
                tg.create_task(job(n))
    except* KeyError as eg:
        print("keys:", [repr(e) for e in eg.exceptions])
    except* ValueError as eg:
        print("values:", eg.exceptions)
    try:
        async with asyncio.timeout(0.25):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job(5))
                tg.create_task(job(1))
    except TimeoutError:
        print("timed out group")
    results = await asyncio.gather(job(1), job(2), job(3), return_exceptions=True)
    print(results)
    for r in results:
        match r:
            case int():
                print("ok", r)
            case KeyError(args=(k,)):
                print("missing key", k)
            case Exception() as e:
                print("error", type(e).__name__, e)

asyncio.run(main())
