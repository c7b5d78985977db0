# poking at an ExceptionGroup's parts after a TaskGroup fails
import asyncio

async def fail(exc):
    await asyncio.sleep(0.01)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v")))
            tg.create_task(fail(KeyError("k")))
    except* ValueError as eg:
        print(type(eg).__name__, eg.message, eg.exceptions, eg.args[0])
        sub = eg.subgroup(lambda e: True)
        print(sub is eg, len(sub.exceptions))
    print("not reached?")

asyncio.run(main())
