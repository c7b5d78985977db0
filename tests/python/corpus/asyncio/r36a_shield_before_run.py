# shield() of a task made before its loop runs, the outer future cancelled, the inner completing
import asyncio


async def job():
    await asyncio.sleep(0.02)
    return "inner done"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
inner = loop.create_task(job())
outer = asyncio.shield(inner)
outer.cancel()
print("outer cancelled:", outer.cancelled())
print(loop.run_until_complete(inner))
loop.close()
