# A KeyboardInterrupt raised in main while a ticker task runs: its traceback, status 1
import asyncio


async def tick(n):
    for i in range(n):
        print('tick', i)
        # three ticks well before main's interrupt, the fourth well after
        await asyncio.sleep(0.1 if i < 2 else 1)


async def main():
    asyncio.create_task(tick(10))
    await asyncio.sleep(0.5)
    raise KeyboardInterrupt


asyncio.run(main())
