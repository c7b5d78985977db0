# except* clauses picking apart a TaskGroup's errors, one handler re-raising a new error
import asyncio


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0.01))
            tg.create_task(fail(KeyError("k1"), 0.01))
            tg.create_task(fail(ValueError("v2"), 0.01))
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions], eg.message)
        raise RuntimeError("could not recover")


asyncio.run(main())
