# test_events: call_later callbacks run by deadline; equal delays keep their scheduling order
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    done = loop.create_future()
    loop.call_later(0.2, out.append, 'b')
    loop.call_later(0.1, out.append, 'a1')
    loop.call_later(0.1, out.append, 'a2')
    loop.call_later(0, out.append, 'zero')
    loop.call_soon(out.append, 'soon')
    loop.call_later(0.3, done.set_result, None)
    await done
    print(out)

asyncio.run(main())
