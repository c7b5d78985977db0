# Two PyMOTW examples pasted in one file: the second reuses the closed loop.
import asyncio


async def first():
    return 'first'


async def second():
    return 'second'


event_loop = asyncio.get_event_loop()
try:
    print(event_loop.run_until_complete(first()))
finally:
    event_loop.close()

event_loop = asyncio.get_event_loop()
try:
    print(event_loop.run_until_complete(second()))
finally:
    event_loop.close()
