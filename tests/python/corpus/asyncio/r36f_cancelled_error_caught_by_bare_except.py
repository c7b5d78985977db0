# Typical bug: a bare `except:` in a worker swallows CancelledError, so cancel() seems not to work.
import asyncio

async def worker(log):
    while True:
        try:
            await asyncio.sleep(0.2)
            log.append("tick")
        except:
            log.append("swallowed something")
            return "exited normally"

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0.5)
    t.cancel()
    result = await t
    print(result, "| cancelled():", t.cancelled())
    print(log)

asyncio.run(main())
