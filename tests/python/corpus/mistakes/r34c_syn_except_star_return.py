# Returning early from inside an except* block
import asyncio

async def safe_run(coros):
    try:
        async with asyncio.TaskGroup() as tg:
            for c in coros:
                tg.create_task(c)
    except* OSError:
        return "network trouble"
    return "ok"

print(asyncio.run(safe_run([asyncio.sleep(0.01)])))
