# The docs' call_soon hello world with run_forever and stop
import asyncio

def hello_world(loop):
    print('Hello World')
    loop.stop()

loop = asyncio.new_event_loop()
loop.call_soon(hello_world, loop)
try:
    loop.run_forever()
finally:
    loop.close()
print("closed:", loop.is_closed())
