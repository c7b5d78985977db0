# except* adding a note and re-raising part of the group, caught again outside
import asyncio

async def fail(kind, msg):
    await asyncio.sleep(0.01)
    raise kind(msg)

async def run_all():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError, "v1"))
            tg.create_task(fail(OSError, "o1"))
    except* OSError as eg:
        for e in eg.exceptions:
            e.add_note("while talking to the disk")
        raise

async def main():
    try:
        await run_all()
    except ExceptionGroup as eg:
        for e in eg.exceptions:
            print(type(e).__name__, e, getattr(e, "__notes__", None))

asyncio.run(main())
