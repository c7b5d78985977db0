# Count loop iterations with a self-rescheduling call_soon while a task does sleep(0) five times
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ticks = [0]
    running = [True]

    def tick():
        if running[0]:
            ticks[0] += 1
            loop.call_soon(tick)

    loop.call_soon(tick)
    for i in range(5):
        await asyncio.sleep(0)
        print("after sleep", i, "ticks", ticks[0])
    running[0] = False


asyncio.run(main())
