# Structured error handling: a TaskGroup with several failures, handled by type with except*.
import asyncio

async def job(n):
    if n in (1, 5):
        await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError(f"bad value in job {n}")
    if n == 3:
        raise KeyError(f"job{n}")
    if n == 4:
        raise ValueError("another bad value")
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(job(n), name=f"job{n}") for n in range(1, 6)]
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    for t in tasks:
        state = "cancelled" if t.cancelled() else ("failed" if t.exception() else t.result())
        print(t.get_name(), state)

asyncio.run(main())
