# traceback.print_exc() inside an except block of a task prints only the task's own frames
import asyncio
import traceback


def validate(order):
    if order["qty"] <= 0:
        raise ValueError(f"bad quantity {order['qty']}")


async def process(order):
    await asyncio.sleep(0)
    try:
        validate(order)
    except ValueError:
        traceback.print_exc()
        return "rejected"
    return "accepted"


async def main():
    results = await asyncio.gather(process({"qty": 2}), process({"qty": 0}))
    print(results)
    try:
        await asyncio.create_task(process({"qty": "x"}))
    except TypeError as e:
        print("".join(traceback.format_exception_only(e)), end="")


asyncio.run(main())
