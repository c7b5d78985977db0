# traceback.print_exc() inside an except* block shows the matched part of the group.
import asyncio
import sys
import traceback

async def check(name, value):
    await asyncio.sleep(0)
    if value < 0:
        raise ValueError(f"{name} is negative")
    if value == 0:
        raise ZeroDivisionError(f"{name} is zero")
    return 1 / value

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for name, v in [("a", 2), ("b", -1), ("c", 0)]:
                tg.create_task(check(name, v))
    except* ValueError:
        print("--- ValueError part:", flush=True)
        traceback.print_exc()
    except* ZeroDivisionError as eg:
        print("--- ZeroDivisionError part:", flush=True)
        print("".join(traceback.format_exception(eg, limit=1)), end="", file=sys.stderr)

asyncio.run(main())
