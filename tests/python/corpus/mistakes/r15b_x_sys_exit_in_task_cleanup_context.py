# Mistake: sys.exit in one task; the others' cleanup shows what they were handling when cancelled.
import asyncio
import sys
# (asyncio.run cancels the others in the order of a set of tasks, CPython's by address: printed sorted)

log = []

async def watchdog():
    await asyncio.sleep(0.1)
    print("watchdog: giving up")
    sys.exit(4)

async def worker(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled while handling {e.__context__!r}")
        raise
    finally:
        log.append(f"{name} cleanup, handling {sys.exception()!r}")

async def main():
    asyncio.create_task(watchdog())
    await asyncio.gather(worker("w1"), worker("w2"))

try:
    asyncio.run(main())
finally:
    print(*sorted(log), sep='\n')
