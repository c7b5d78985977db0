import asyncio

async def main():
    callbacks = []
    for i in range(3):
        callbacks.append(lambda: print("callback", i))
    for cb in callbacks:
        cb()
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(lambda: print("soon", i))
    await asyncio.sleep(0)
    loop.call_soon(print("called right away"))

asyncio.run(main())
