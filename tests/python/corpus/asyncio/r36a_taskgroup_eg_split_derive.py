# Take apart a TaskGroup's ExceptionGroup with split() and subgroup(), keep the message
import asyncio


async def job(kind):
    await asyncio.sleep(0)
    raise {"v": ValueError, "t": TypeError, "k": KeyError}[kind](kind)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for kind in "vtkv":
                tg.create_task(job(kind))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions))
        match, rest = eg.split(ValueError)
        print("values:", [repr(e) for e in match.exceptions])
        print("rest:", [repr(e) for e in rest.exceptions], rest.message)
        only_lookup = eg.subgroup(lambda e: isinstance(e, LookupError))
        print("lookup:", only_lookup.exceptions)
        print(eg.subgroup(ZeroDivisionError))
        print(type(eg.derive([ValueError("x")])).__name__)


asyncio.run(main())
