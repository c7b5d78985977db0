# The ExceptionGroup from gather-like code inspected with split() and subgroup()
import asyncio

async def task(i):
    await asyncio.sleep(0)
    if i % 2:
        raise ValueError(i)
    raise TypeError(i)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(task(i))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions))
        values, rest = eg.split(ValueError)
        print("values:", [e.args[0] for e in values.exceptions])
        print("rest:", [e.args[0] for e in rest.exceptions])
        print("subgroup:", eg.subgroup(lambda e: isinstance(e, TypeError) and e.args[0] > 0))

asyncio.run(main())
