# Workers add notes to their exceptions (3.11 add_note) and the TaskGroup error goes uncaught.
import asyncio

async def process(order_id, qty):
    await asyncio.sleep(0.01)
    try:
        if qty <= 0:
            raise ValueError(f"bad quantity {qty}")
    except ValueError as e:
        e.add_note(f"while processing order {order_id}")
        raise
    return order_id

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(process("A1", 2))
        tg.create_task(process("B2", 0))
        tg.create_task(process("C3", -1))

asyncio.run(main())
