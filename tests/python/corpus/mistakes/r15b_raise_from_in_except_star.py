# Mistake: re-raising an except* group's members as one error "from" the group hides which task failed.
import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f"job {n} failed")
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(job(n))
    except* ValueError as group:
        raise RuntimeError(f"{len(group.exceptions)} jobs failed") from group

asyncio.run(main())
