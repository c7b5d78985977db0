# error in call_soon lambda callback and in a lambda callback
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    data = {}
    loop.call_soon(lambda: data["missing"])
    loop.call_soon(print, "soon ok")
    await asyncio.sleep(0.05)
    print("main end")

asyncio.run(main())
