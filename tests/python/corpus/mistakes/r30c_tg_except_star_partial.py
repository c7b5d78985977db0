# except* handles one kind of error; the other stays in the group.
import asyncio

async def job(kind):
    await asyncio.sleep(0.01)
    if kind == "v":
        raise ValueError("bad value")
    raise TypeError("bad type")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("v"))
            tg.create_task(job("t"))
    except* ValueError as eg:
        print("handled", [str(e) for e in eg.exceptions])

asyncio.run(main())
