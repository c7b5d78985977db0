# exception handler context for an async generator failing while finalized at shutdown
import asyncio

def handler(loop, context):
    print("message starts:", context['message'].split(' <')[0])
    print("keys:", sorted(context))
    print("exception:", repr(context['exception']))

async def agen():
    try:
        yield 1
        yield 2
    finally:
        raise RuntimeError("failed in finally")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    g = agen()
    print(await anext(g))
    main.g = g
    print("main ends")

asyncio.run(main())
print("after run")
