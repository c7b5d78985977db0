# Cancelling the task that runs a TaskGroup cancels all of the group's children
import asyncio

log = []

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"child {n} cancelled")
        raise

async def supervisor():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(child(n))
    except asyncio.CancelledError:
        log.append("supervisor cancelled")
        raise

async def main():
    sup = asyncio.create_task(supervisor())
    await asyncio.sleep(0.02)
    sup.cancel()
    results = await asyncio.gather(sup, return_exceptions=True)
    print(results, sup.cancelled())
    print(*sorted(log), sep="\n")

asyncio.run(main())
