# Taking a TaskGroup's ExceptionGroup apart with split(), subgroup() and derive()
import asyncio


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0.01))
            tg.create_task(fail(TypeError("t1"), 0.01))
            tg.create_task(fail(ValueError("v2"), 0.01))
    except ExceptionGroup as eg:
        print(repr(eg.message), len(eg.exceptions))
        match, rest = eg.split(ValueError)
        print("match:", [str(e) for e in match.exceptions])
        print("rest:", [str(e) for e in rest.exceptions])
        only_t = eg.subgroup(lambda e: isinstance(e, TypeError))
        print("subgroup:", repr(only_t))
        new = eg.derive([KeyError("k")])
        print("derive:", repr(new), type(new).__name__)
        print("none:", eg.subgroup(OSError))


asyncio.run(main())
