# get_debug() defaults to False; set_debug toggles; slow_callback_duration default 0.1.
import asyncio

loop = asyncio.new_event_loop()
print(loop.get_debug(), loop.slow_callback_duration)
loop.set_debug(True)
print(loop.get_debug())
loop.set_debug(False)
loop.slow_callback_duration = 0.5
print(loop.get_debug(), loop.slow_callback_duration)
loop.close()
