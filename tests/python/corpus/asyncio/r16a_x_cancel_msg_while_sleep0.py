# Cancel messages for a task that yields with sleep(0): each request before it runs again, the first wins
import asyncio

async def spinner(log):
    n = 0
    while True:
        try:
            await asyncio.sleep(0)
            n += 1
        except asyncio.CancelledError as e:
            log.append((n, e.args))
            if len(log) == 2:
                raise

async def main():
    log = []
    t = asyncio.create_task(spinner(log))
    await asyncio.sleep(0)
    t.cancel('x')
    t.cancel('y')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel('z')
    await asyncio.gather(t, return_exceptions=True)
    print(log, t.cancelled())

asyncio.run(main())
