# A loop closed while a task still waits: the task is destroyed pending and the warning names it
import asyncio


async def forever():
    await asyncio.sleep(10)


async def quick():
    return "quick"


loop = asyncio.new_event_loop()
pending = loop.create_task(forever(), name="waits-forever")
print(loop.run_until_complete(quick()))
print("pending done?", pending.done())
loop.close()
del pending
print("after close")
