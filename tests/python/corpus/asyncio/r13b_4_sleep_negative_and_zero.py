import asyncio

async def ticker(name, delay, n, log):
    for i in range(n):
        await asyncio.sleep(delay)
        log.append(f"{name}{i}")

async def main():
    log = []
    await asyncio.gather(ticker("a", 0, 3, log), ticker("b", -1, 3, log))
    print(log)
    print(await asyncio.sleep(-5, "negative is fine"))
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
