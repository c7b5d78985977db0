# asyncio.timeout around a TaskGroup: the timeout cancels the children and arrives as a plain TimeoutError
import asyncio

cancelled = []

async def fetch(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "done")
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def main():
    try:
        async with asyncio.timeout(0.15):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fetch("fast", 0.01))
                tg.create_task(fetch("slow", 0.5))
                tg.create_task(fetch("slower", 1.0))
    except* TimeoutError as eg:
        print("cancelled:", sorted(cancelled))
        print("except* caught:", type(eg).__name__, [type(e).__name__ for e in eg.exceptions])
    try:
        async with asyncio.timeout(0.1):
            await fetch("alone", 0.5)
    except TimeoutError as e:
        print("plain:", type(e).__name__, type(e.__context__).__name__)

asyncio.run(main())
