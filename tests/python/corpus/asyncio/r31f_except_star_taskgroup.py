# Structured error handling: TaskGroup failures caught with except* by type
import asyncio

async def job(name, delay, exc=None):
    await asyncio.sleep(delay)
    if exc:
        raise exc
    print(f"{name} finished")
    return name

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 0.01))
            tg.create_task(job("bad-value", 0.02, ValueError("bad value")))
            tg.create_task(job("bad-key", 0.02, KeyError("k")))
            tg.create_task(job("slow", 0.5))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    print("after group")

asyncio.run(main())
