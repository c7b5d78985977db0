# Using a TaskGroup after its async with block ended, and entering it twice.
import asyncio

async def job(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job(1))
    print("result:", t.result())
    print(repr(tg))
    c = job(2)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    await c

asyncio.run(main())
