# The pre-3.7 tutorial style: get a loop, build a gather of coroutines, run it until complete
import asyncio


async def fetch(i):
    await asyncio.sleep(0.01 * (3 - i))
    print("fetched", i)
    return i * i


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
futures = [fetch(i) for i in range(3)]
results = loop.run_until_complete(asyncio.gather(*futures))
print(results)
loop.close()
