# call_soon, call_later and call_at ordering with the loop's clock.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    ev = asyncio.Event()
    order = []
    def note(tag):
        order.append(tag)
        if tag == 'last':
            ev.set()
    loop.call_later(0.3, note, 'later-0.3')
    loop.call_at(start + 0.1, note, 'at-0.1')
    h = loop.call_later(0.2, note, 'cancelled')
    loop.call_soon(note, 'soon')
    loop.call_later(0.5, note, 'last')
    h.cancel()
    print('handle cancelled:', h.cancelled(), 'when ~0.2:', round(h.when() - start, 1))
    await ev.wait()
    print(order)

asyncio.run(main())
