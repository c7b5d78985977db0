import asyncio

async def retry(action, attempts=3, delay=0.01):
    for i in range(attempts):
        await asyncio.sleep(delay)
    return action

async def main():
    print(await retry("ping", attempts=2))
    print(await retry("ping", atempts=2))

asyncio.run(main())
