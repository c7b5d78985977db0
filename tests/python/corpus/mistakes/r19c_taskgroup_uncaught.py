# A TaskGroup whose tasks fail, with no except*: the ExceptionGroup traceback
import asyncio

async def download(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    print(f"{name} downloaded")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(download("a.txt", 0.1, False))
        tg.create_task(download("b.txt", 0.2, True))
        tg.create_task(download("c.txt", 0.2, True))
        tg.create_task(download("d.txt", 0.5, False))
    print("never reached")

asyncio.run(main())
