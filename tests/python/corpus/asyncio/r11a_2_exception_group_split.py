import asyncio


async def task(kind):
    await asyncio.sleep(0)
    raise {"v": ValueError, "k": KeyError, "t": TypeError}[kind](kind)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for k in "vkvt":
                tg.create_task(task(k))
    except ExceptionGroup as eg:
        print(repr(eg.message), len(eg.exceptions))
        values, rest = eg.split(ValueError)
        print("values:", [repr(e) for e in values.exceptions])
        print("rest:", [repr(e) for e in rest.exceptions])
        lookup = eg.subgroup(LookupError)
        print("lookup:", lookup.exceptions)
        print(eg.subgroup(OSError))
        d = eg.derive([ZeroDivisionError("z")])
        print(type(d).__name__, d)


asyncio.run(main())
