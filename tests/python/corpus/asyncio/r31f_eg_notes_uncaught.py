# A TaskGroup's ExceptionGroup with notes added before re-raising, uncaught
import asyncio

async def validate(field, value):
    await asyncio.sleep(0)
    if not value:
        raise ValueError(f"{field} is empty")

async def main():
    form = {"name": "", "email": "a@b.c", "city": ""}
    try:
        async with asyncio.TaskGroup() as tg:
            for k, v in form.items():
                tg.create_task(validate(k, v))
    except ExceptionGroup as eg:
        eg.add_note(f"form had {len(form)} fields")
        raise

asyncio.run(main())
