# Old style: run_until_complete for one task, then close the loop while another task is still pending.
import asyncio

async def quick():
    await asyncio.sleep(0.01)
    return "quick done"

async def forever():
    try:
        while True:
            await asyncio.sleep(0.05)
    finally:
        print("forever's finally")

loop = asyncio.new_event_loop()
background = loop.create_task(forever())
print(loop.run_until_complete(quick()))
print("background done?", background.done())
loop.close()
print("loop closed with a pending task")
