import asyncio

requests_served = 0


async def handle(i):
    print("handling", i, "served so far", requests_served)
    await asyncio.sleep(0)
    global requests_served
    requests_served += 1


async def main():
    await asyncio.gather(*(handle(i) for i in range(3)))
    print(requests_served)


asyncio.run(main())
