# A TaskGroup inside asyncio.timeout: when the time is up the children are cancelled and TimeoutError escapes
import asyncio


async def worker(n, log):
    try:
        await asyncio.sleep(0.05 * n)
        log.append(f"w{n} done")
    except asyncio.CancelledError:
        log.append(f"w{n} cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.timeout(0.12):
            async with asyncio.TaskGroup() as tg:
                for n in (1, 4, 6):
                    tg.create_task(worker(n, log))
    except TimeoutError as e:
        print("TimeoutError", type(e.__context__).__name__)
    print(sorted(log))


asyncio.run(main())
