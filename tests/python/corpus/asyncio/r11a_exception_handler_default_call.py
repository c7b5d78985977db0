import asyncio

seen = []


def handler(loop, context):
    seen.append(context["message"].split(" at /")[0])
    if "callback" in context["message"]:
        print("custom handler passing on to the default one")
        loop.default_exception_handler(context)


def oops(n):
    return 1 / n


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(oops, 0)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "something odd happened"})
    print(seen)


asyncio.run(main())
