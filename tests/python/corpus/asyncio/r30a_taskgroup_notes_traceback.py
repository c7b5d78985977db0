# Exceptions with notes inside a TaskGroup's uncaught ExceptionGroup
import asyncio

async def fetch(url):
    await asyncio.sleep(0.01)
    try:
        raise ConnectionError(f"cannot reach {url}")
    except ConnectionError as e:
        e.add_note(f"while fetching {url}")
        e.add_note("retries: 0")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("alpha"))
        tg.create_task(fetch("beta"))

asyncio.run(main())
