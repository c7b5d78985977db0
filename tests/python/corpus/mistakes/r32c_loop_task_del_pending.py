# Old-style loop: the learner deletes a still-pending task after closing the loop.
import asyncio

async def poll(url):
    print("polling", url)
    await asyncio.sleep(10)
    print("polled", url)

loop = asyncio.new_event_loop()
poller = loop.create_task(poll("example.org"))
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
del poller
print("cleaned up")
