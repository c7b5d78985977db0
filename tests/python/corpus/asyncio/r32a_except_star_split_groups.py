# except* splitting a TaskGroup error into two handlers; leftovers re-raised
import asyncio

async def raise_it(exc):
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_it(ValueError("v1")))
            tg.create_task(raise_it(TypeError("t1")))
            tg.create_task(raise_it(ValueError("v2")))
            tg.create_task(raise_it(ZeroDivisionError("z")))
    except* ValueError as eg:
        print("values:", sorted(str(e) for e in eg.exceptions))
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions])

asyncio.run(main())
