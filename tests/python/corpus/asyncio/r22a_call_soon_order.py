# call_soon callbacks run FIFO; ones scheduled while running wait a turn.
import asyncio

order = []

def cb(tag, loop):
    order.append(tag)
    if tag == 'b':
        loop.call_soon(cb, 'b-child', loop)

async def main():
    loop = asyncio.get_running_loop()
    for tag in 'abc':
        loop.call_soon(cb, tag, loop)
    await asyncio.sleep(0)
    print(order)
    await asyncio.sleep(0)
    print(order)

asyncio.run(main())
# (end of the program)
