import asyncio

async def display_ticks(loop, ticks, interval):
    end_time = loop.time() + interval * (ticks - 0.5)
    n = 0
    while True:
        n += 1
        print("tick", n)
        if loop.time() + interval >= end_time:
            break
        await asyncio.sleep(interval)
    return n

async def main():
    loop = asyncio.get_running_loop()
    count = await display_ticks(loop, 3, 0.2)
    print("ticks:", count)
    r = await asyncio.sleep(0.01, result="slept")
    print(r)
    print(await asyncio.sleep(0))

asyncio.run(main())
