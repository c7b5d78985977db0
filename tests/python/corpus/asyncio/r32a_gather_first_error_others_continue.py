# gather without return_exceptions: first error propagates but siblings keep running
import asyncio

log = []

async def step(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise LookupError(name)
    log.append(name)
    return name

async def main():
    try:
        await asyncio.gather(step("a", 0.01), step("b", 0.02, True), step("c", 0.05))
    except LookupError as e:
        print("gather raised", repr(e), "log so far", log)
    await asyncio.sleep(0.1)
    print("after waiting", log)

asyncio.run(main())
