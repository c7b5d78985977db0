# retrying jobs in a loop; I wanted to skip to the next job from an except* block
import asyncio

async def job(i):
    await asyncio.sleep(0.01)
    if i == 1:
        raise KeyError(i)
    return i

async def main():
    for i in range(3):
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job(i))
        except* KeyError:
            continue
        print("job", i, "ok")

asyncio.run(main())
