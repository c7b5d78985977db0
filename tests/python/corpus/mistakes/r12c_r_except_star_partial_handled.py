# except* handling the ValueErrors of a TaskGroup (jobs failing in one step), the KeyError left uncaught.
import asyncio

async def job(i):
    await asyncio.sleep(0)
    if i == 1:
        raise ValueError(f"job {i}")
    if i == 2:
        raise KeyError(f"job {i}")
    return i

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(job(i))
    except* ValueError as eg:
        print("handled:", [str(e) for e in eg.exceptions])

asyncio.run(main())
