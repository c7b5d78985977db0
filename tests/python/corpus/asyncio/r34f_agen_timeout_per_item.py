# Put a timeout on each item of an async generator by awaiting anext() under wait_for.
import asyncio

async def sensor():
    for delay in (0.01, 0.02, 0.3, 0.01):
        await asyncio.sleep(delay)
        yield f"reading after {delay}s"

async def main():
    gen = sensor()
    while True:
        try:
            item = await asyncio.wait_for(anext(gen), timeout=0.15)
        except StopAsyncIteration:
            print("sensor finished")
            break
        except asyncio.TimeoutError:
            print("sensor too slow, giving up")
            break
        print(item)
    print("gen running?", gen.ag_running)
    await gen.aclose()
    print(await anext(gen, "closed"))

asyncio.run(main())
