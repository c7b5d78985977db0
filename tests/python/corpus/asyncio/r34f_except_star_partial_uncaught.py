# except* handles the ValueErrors but the TypeError escapes in a new ExceptionGroup.
import asyncio

async def parse(s):
    value = int(s)
    await asyncio.sleep(0.01)
    return value

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for s in ["1", "x", None, "2", "y"]:
                tg.create_task(parse(s))
    except* ValueError as eg:
        print(f"handled {len(eg.exceptions)} ValueErrors")

asyncio.run(main())
