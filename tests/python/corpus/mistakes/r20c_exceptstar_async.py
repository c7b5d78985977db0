# except* with several handlers around a TaskGroup, printing results
import asyncio

async def f(i):
    await asyncio.sleep(i * 0.01)
    if i % 3 == 0:
        raise ValueError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(6):
                tg.create_task(f(i))
    except* ValueError as eg:
        print("V", sorted(e.args[0] for e in eg.exceptions))
    except* KeyError as eg:
        print("K", sorted(e.args[0] for e in eg.exceptions))
        raise
    print("unreached")

asyncio.run(main())
