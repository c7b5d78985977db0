# call_later callbacks run by deadline; equal deadlines keep their order.
import asyncio

order = []

async def main():
    loop = asyncio.get_running_loop()
    for name, delay in (('c', 0.3), ('a', 0.1), ('b1', 0.2), ('b2', 0.2), ('b3', 0.2)):
        loop.call_later(delay, order.append, name)
    loop.call_soon(order.append, 'soon')
    loop.call_later(0, order.append, 'zero')
    loop.call_later(-1, order.append, 'negative')
    await asyncio.sleep(0.5)
    print(order)

asyncio.run(main())
# (end of the program)
