# asyncio.get_running_loop() called in plain code with no loop running
import asyncio

def schedule(cb):
    loop = asyncio.get_running_loop()
    loop.call_soon(cb)

print("scheduling")
schedule(lambda: print("called"))
