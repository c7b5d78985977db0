# Each failing task adds a note to its exception; the uncaught ExceptionGroup shows the notes
import asyncio

async def process(order_id):
    try:
        await asyncio.sleep(0.01)
        if order_id % 2 == 0:
            raise ValueError(f"order {order_id}: bad quantity")
        return order_id
    except ValueError as e:
        e.add_note(f"while processing order #{order_id}")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        for oid in (1, 2):
            tg.create_task(process(oid))

asyncio.run(main())
