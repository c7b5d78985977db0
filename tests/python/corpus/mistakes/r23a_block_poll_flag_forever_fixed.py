import asyncio

ready = False

async def setter():
    global ready
    await asyncio.sleep(0.01)
    ready = True
    print("flag set")

async def waiter():
    spins = 0
    while not ready:
        spins += 1
        if spins > 1000:
            raise RuntimeError("gave up waiting: the loop never yielded")
    print("ready!")

async def main():
    await asyncio.gather(setter(), waiter())

asyncio.run(main())
