# handling a TaskGroup's errors with except* and a bare except after it
import asyncio

async def boom(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(n)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
            tg.create_task(boom(2))
    except* ValueError as eg:
        print("value errors:", len(eg.exceptions))
    except Exception:
        print("something else")

asyncio.run(main())
