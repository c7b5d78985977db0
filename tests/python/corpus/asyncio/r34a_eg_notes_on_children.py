# Adding notes to children's exceptions before a TaskGroup collects them, group left uncaught
import asyncio


async def validate(field, value):
    await asyncio.sleep(0)
    try:
        int(value)
    except ValueError as e:
        e.add_note(f"while validating field {field!r}")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        for field, value in [("age", "4O"), ("count", "12"), ("year", "20x4")]:
            tg.create_task(validate(field, value))


asyncio.run(main())
