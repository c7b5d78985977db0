import asyncio

timeout = 1.0


async def fetch(url, timeout):
    global timeout
    timeout = timeout or 5
    await asyncio.sleep(0)
    return url


print(asyncio.run(fetch("x", None)))
