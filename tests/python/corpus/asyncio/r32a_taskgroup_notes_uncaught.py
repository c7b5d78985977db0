# Exceptions with notes inside an uncaught TaskGroup group: how the traceback shows them
import asyncio

async def validate(field, value):
    await asyncio.sleep(0)
    if not value:
        err = ValueError(f"{field} is empty")
        err.add_note(f"while validating {field!r}")
        raise err
    return value

async def main():
    async with asyncio.TaskGroup() as tg:
        for field, value in [("name", "Ann"), ("email", ""), ("city", "")]:
            tg.create_task(validate(field, value))

asyncio.run(main())
