# A @types.coroutine generator doing a bare yield lets the loop run others once
import asyncio
import types

@types.coroutine
def nudge():
    yield

log = []

async def a():
    for i in range(3):
        log.append(f"a{i}")
        await nudge()

async def b():
    for i in range(3):
        log.append(f"b{i}")
        await nudge()

async def main():
    await asyncio.gather(a(), b())
    print(log)

asyncio.run(main())
