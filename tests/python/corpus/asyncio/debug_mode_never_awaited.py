# asyncio's debug mode (asyncio.run(debug=True), Runner(debug=True), loop.set_debug(True)):
# a coroutine never awaited is warned with where it was made, as the asyncio docs'
# "Detect never-awaited coroutines" shows; depth 10 counts CPython's loop machinery
import asyncio

async def test():
    print("never scheduled")

async def main():
    test()
    await asyncio.sleep(0)

with asyncio.Runner(debug=True) as runner:
    runner.run(main())
    print(runner.get_loop().get_debug())

loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.run_until_complete(main())
loop.close()

asyncio.run(main(), debug=False)
def a(n):
    return b(n)

def b(n):
    if n:
        return a(n - 1)
    test()

async def deep():
    a(1)
    a(2)
    a(3)

loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.run_until_complete(deep())
loop.call_soon(a, 1)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
asyncio.run(deep(), debug=True)
print("end")
