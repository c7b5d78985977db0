# A heartbeat extends an asyncio.timeout each time data arrives; silence lets it expire
import asyncio


async def feed(q):
    for delay in (0.05, 0.05, 0.05, 0.5):
        await asyncio.sleep(delay)
        await q.put(delay)


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    asyncio.create_task(feed(q))
    got = 0
    try:
        async with asyncio.timeout(0.15) as cm:
            while True:
                await q.get()
                got += 1
                cm.reschedule(loop.time() + 0.15)
    except TimeoutError:
        print("silence after", got, "messages")


asyncio.run(main())
