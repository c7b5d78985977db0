# An idle timeout that is pushed back each time activity arrives (asyncio.timeout + reschedule).
import asyncio

async def messages():
    for delay in [0.02, 0.03, 0.02, 0.2]:
        await asyncio.sleep(delay)
        yield f"msg after {delay}"

async def main():
    loop = asyncio.get_running_loop()
    received = []
    try:
        async with asyncio.timeout(0.1) as cm:
            async for m in messages():
                received.append(m)
                print("got", m)
                cm.reschedule(loop.time() + 0.1)
    except TimeoutError:
        print("idle timeout; expired:", cm.expired())
    print(len(received), "messages")
    async with asyncio.timeout(None) as cm2:
        print("deadline:", cm2.when())

asyncio.run(main())
