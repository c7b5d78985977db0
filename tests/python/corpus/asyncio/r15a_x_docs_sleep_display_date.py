# The docs' display_date coroutine, counting instead of printing the date
import asyncio
import datetime

async def display_date(shown):
    loop = asyncio.get_running_loop()
    end_time = loop.time() + 0.45
    while True:
        now = datetime.datetime.now()
        shown.append(isinstance(now, datetime.datetime))
        if (loop.time() + 0.1) >= end_time:
            break
        await asyncio.sleep(0.1)

async def main():
    shown = []
    await display_date(shown)
    print(len(shown) >= 3, all(shown))

asyncio.run(main())
