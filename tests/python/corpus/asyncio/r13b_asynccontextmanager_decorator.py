import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def timer_scope(name, log):
    log.append(f"enter {name}")
    try:
        yield name.upper()
    except ZeroDivisionError:
        log.append(f"{name} swallowed ZeroDivisionError")
    finally:
        await asyncio.sleep(0.001)
        log.append(f"exit {name}")

async def main():
    log = []
    async with timer_scope("outer", log) as o:
        async with timer_scope("inner", log) as i:
            log.append(f"body {o} {i}")
            1 / 0
        log.append("after inner")
    print("\n".join(log))

asyncio.run(main())
