# docs: set_exception_handler / default_exception_handler / call_exception_handler
import asyncio

def handler(loop, context):
    print("handler got:", sorted(context))
    print("  message:", context['message'].split(' at ')[0])
    exc = context.get('exception')
    print("  exception:", repr(exc))

def bad_callback():
    raise ValueError("oops in callback")

async def main():
    loop = asyncio.get_running_loop()
    print("default handler:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("is ours:", loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({'message': 'custom report', 'detail': 1})
    loop.set_exception_handler(None)
    print("reset:", loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
