# except* with several error types raised in one TaskGroup
import asyncio

async def job(kind, delay):
    await asyncio.sleep(delay)
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    if kind == "key":
        raise KeyError("k")
    return kind

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("value", 0.01))
            tg.create_task(job("type", 0.01))
            tg.create_task(job("ok", 0.005))
    except* ValueError as eg:
        print("ValueErrors:", eg.exceptions)
    except* TypeError as eg:
        print("TypeErrors:", eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("key", 0.01))
            tg.create_task(job("value", 0.01))
    except* KeyError as eg:
        print("KeyErrors only:", repr(eg))

asyncio.run(main())
