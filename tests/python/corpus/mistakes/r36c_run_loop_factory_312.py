# copied from a newer tutorial: asyncio.run with a loop_factory
import asyncio

async def main():
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main(), loop_factory=asyncio.new_event_loop)
