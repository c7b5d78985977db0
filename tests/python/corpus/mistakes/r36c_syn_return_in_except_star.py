# returning a default from inside an except* handler
import asyncio

async def risky():
    raise KeyError("k")

async def safe():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(risky())
    except* KeyError:
        return "default"

print(asyncio.run(safe()))
