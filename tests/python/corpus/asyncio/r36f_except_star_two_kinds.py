# Handle two kinds of failures from a TaskGroup separately with except*.
import asyncio

async def job(n):
    if n == 2:
        raise ValueError(f"bad value in job {n}")
    if n == 3:
        raise ConnectionError(f"lost connection in job {n}")
    if n == 4:
        raise ValueError(f"another bad value in job {n}")
    await asyncio.sleep(0.1)
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 6):
                tg.create_task(job(n))
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
    except* ConnectionError as eg:
        print("connection errors:", [str(e) for e in eg.exceptions])
    print("done")

asyncio.run(main())
