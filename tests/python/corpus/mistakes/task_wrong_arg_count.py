import asyncio

async def fetch(url, timeout):
    await asyncio.sleep(0)
    return url, timeout

async def main():
    print(await fetch("a", 1))
    try:
        await fetch("b")
    except TypeError as e:
        print("TypeError:", e)
    try:
        await fetch("c", 1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await fetch("d", timeout=1, retries=3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await fetch(url="e", url2=1)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.gather(fetch("f"))

asyncio.run(main())
