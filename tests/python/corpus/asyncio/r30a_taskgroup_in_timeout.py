# A TaskGroup inside asyncio.timeout: the deadline cancels the group, TimeoutError comes out
import asyncio

finished = []

async def job(n):
    await asyncio.sleep(0.05 * n)
    finished.append(n)

async def main():
    try:
        async with asyncio.timeout(0.12):
            async with asyncio.TaskGroup() as tg:
                for n in range(1, 6):
                    tg.create_task(job(n))
    except TimeoutError as e:
        print("TimeoutError", repr(e), "cause:", type(e.__cause__).__name__)
    print("finished:", finished)
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
