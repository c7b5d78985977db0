# The body of a TaskGroup raises while children run: children are cancelled and the body's error joins the group
import asyncio


async def child(n, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"child {n} cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(2):
                tg.create_task(child(n, log))
            await asyncio.sleep(0.01)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print(sorted(log))
        print("caught:", repr(eg), [repr(e) for e in eg.exceptions])


asyncio.run(main())
