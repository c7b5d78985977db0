# except* handles ValueErrors from a TaskGroup; the OSErrors left over propagate uncaught
import asyncio

async def job(n):
    await asyncio.sleep(0)
    if n % 3 == 0:
        raise ValueError(f"bad value {n}")
    if n % 4 == 0:
        raise OSError(f"disk {n}")
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 9):
                tg.create_task(job(n))
    except* ValueError as eg:
        print("handled:", [str(e) for e in eg.exceptions])

asyncio.run(main())
