# wait FIRST_EXCEPTION returns as soon as a task raises; exception() inspected
import asyncio

async def ok(d):
    await asyncio.sleep(d)
    return "ok"

async def bad():
    await asyncio.sleep(0.02)
    raise OSError(5, "I/O trouble")

async def main():
    ts = {asyncio.create_task(ok(0.01), name="a"), asyncio.create_task(bad(), name="b"),
          asyncio.create_task(ok(0.3), name="c")}
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    print("pending", [t.get_name() for t in pending])
    for t in pending:
        t.cancel()

asyncio.run(main())
