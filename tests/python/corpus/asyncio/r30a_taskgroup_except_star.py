# Split a TaskGroup's ExceptionGroup with except* by type
import asyncio

async def fail(exc):
    await asyncio.sleep(0.01)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("k")))
            tg.create_task(fail(ValueError("v1")))
            tg.create_task(fail(ValueError("v2")))
    except* ValueError as eg:
        print("values:", sorted(str(e) for e in eg.exceptions))
        print(repr(eg.message))
    except* KeyError as eg:
        print("keys:", [repr(e) for e in eg.exceptions])

asyncio.run(main())
