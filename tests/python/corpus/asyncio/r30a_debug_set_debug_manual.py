# loop.set_debug(True) on a hand-made loop, and a callback failing inside it
import asyncio

def failing(x):
    raise IndexError(x)

loop = asyncio.new_event_loop()
loop.set_debug(True)
print(loop.get_debug())
loop.call_soon(failing, "zero")
loop.call_soon(loop.stop)
loop.run_forever()
loop.set_debug(False)
loop.call_soon(failing, "one")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print("closed")
