import asyncio

def greet(name, punct="!"):
    print("hello", name + punct)

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(greet, "world")
    print(repr(h).split(" at ")[0])
    h2 = loop.call_later(10, greet, "later")
    print(repr(h2).split(" when=")[0])
    h2.cancel()
    print(repr(h2).split(" when=")[0])
    h3 = loop.call_soon(print, 1, 2)
    print(repr(h3))
    await asyncio.sleep(0)
    print(repr(h3))

asyncio.run(main())
