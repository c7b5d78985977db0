import asyncio

def divide(a, b):
    print("dividing", a, "by", b)
    return a / b

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(divide, 1, 0)
    loop.call_soon(lambda: divide(4, 2))
    await asyncio.sleep(0.02)
    print("done")

asyncio.run(main())
