# except* handles only the ValueErrors; the OSError left over escapes uncaught
import asyncio

async def step(kind):
    await asyncio.sleep(0)
    if kind == "v":
        raise ValueError("bad input")
    if kind == "o":
        raise OSError("disk full")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for kind in ("v", "ok", "o", "v"):
                tg.create_task(step(kind))
    except* ValueError as eg:
        print(f"handled {len(eg.exceptions)} ValueError(s)")

asyncio.run(main())
