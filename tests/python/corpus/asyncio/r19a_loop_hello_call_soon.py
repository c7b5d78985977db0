# docs "Hello World with call_soon()"
import asyncio

def hello_world(loop):
    """A callback to print 'Hello World' and stop the event loop"""
    print('Hello World')
    loop.stop()

loop = asyncio.new_event_loop()

# Schedule a call to hello_world()
handle = loop.call_soon(hello_world, loop)
print(type(handle).__name__, handle.cancelled())

# Blocking call interrupted by loop.stop()
try:
    loop.run_forever()
finally:
    loop.close()
print("closed:", loop.is_closed(), "running:", loop.is_running())
try:
    loop.call_soon(print, 'x')
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
print("second close is fine")
