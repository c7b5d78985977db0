# asyncio.timeout around a TaskGroup: children cancelled, TimeoutError raised (not a group)
import asyncio

done = []

async def job(n):
    try:
        await asyncio.sleep(n)
        done.append(n)
    except asyncio.CancelledError:
        done.append(f"cancelled {n}")
        raise

async def main():
    try:
        async with asyncio.timeout(0.15):
            async with asyncio.TaskGroup() as tg:
                for n in (0.01, 0.5, 1):
                    tg.create_task(job(n))
    except TimeoutError as e:
        print("TimeoutError", type(e.__context__).__name__)
    print(done[0], sorted(done[1:]))

asyncio.run(main())
