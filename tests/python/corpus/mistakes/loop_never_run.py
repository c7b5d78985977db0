# A task made for a loop that is never run: at exit it is destroyed while pending, and its coroutine was never awaited.
import asyncio
async def main():
    print("hi")
loop = asyncio.new_event_loop()
task = loop.create_task(main())
print("end")
