# Two children fail with different errors at the same moment: two except* clauses each take theirs
import asyncio

async def fail(exc):
    await asyncio.sleep(0.1)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("missing")))
            tg.create_task(fail(TypeError("wrong type")))
            tg.create_task(fail(KeyError("also missing")))
    except* KeyError as eg:
        print("KeyErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])
    print("handled both kinds")

asyncio.run(main())
