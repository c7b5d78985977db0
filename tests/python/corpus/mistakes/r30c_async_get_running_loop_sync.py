# get_running_loop() called from plain code.
import asyncio

def schedule():
    loop = asyncio.get_running_loop()
    return loop

print("scheduling")
schedule()
