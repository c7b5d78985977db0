# Notes on the exceptions of a TaskGroup's failure.
import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    try:
        return 10 // n
    except ZeroDivisionError as e:
        e.add_note(f"job {n} was given zero")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (2, 0):
            tg.create_task(job(n))

asyncio.run(main())
