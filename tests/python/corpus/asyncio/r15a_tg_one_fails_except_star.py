# One child of a TaskGroup fails: its siblings are cancelled and except* catches the error
import asyncio

async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def broken():
    await asyncio.sleep(0.15)
    raise ValueError("broken child")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("fast", 0.05))
            tg.create_task(broken())
            tg.create_task(ok("slow", 0.5))
    except* ValueError as eg:
        print("caught:", repr(eg.exceptions[0]), "group size:", len(eg.exceptions))
    print("main continues")

asyncio.run(main())
