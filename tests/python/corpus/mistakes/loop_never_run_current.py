# A task made for get_event_loop()'s loop, never run: that loop outlives the teardown, and nothing is said.
import asyncio
async def main():
    print("hi")
loop = asyncio.get_event_loop()
task = loop.create_task(main())
print("end")
