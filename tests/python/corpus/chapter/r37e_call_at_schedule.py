# scheduled plain callbacks with call_at relative to loop.time(), printing in deadline order
import asyncio

def ring(label, fired):
    fired.append(label)
    print('ring', label)

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    now = loop.time()
    handles = [loop.call_at(now + d, ring, l, fired) for l, d in [('C', 0.3), ('A', 0.1), ('B', 0.2)]]
    handles[0].cancel()
    print('C cancelled?', handles[0].cancelled())
    await asyncio.sleep(0.4)
    print(fired)

asyncio.run(main())
