import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    now = loop.time()
    handles = [loop.call_at(now + 0.05, fired.append, i) for i in range(150)]
    for i, h in enumerate(handles):
        if i % 4 != 0:
            h.cancel()
    await asyncio.sleep(0.1)
    print(len(fired))
    print(fired[:12])
    print(fired == sorted(fired))

asyncio.run(main())
