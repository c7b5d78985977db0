# Handling a TaskGroup failure with except* for the wrong exception type
import asyncio

async def check(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise KeyError(f"missing {n}")
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(check(n))
    except* ValueError as eg:
        print("value problems:", eg.exceptions)

asyncio.run(main())
