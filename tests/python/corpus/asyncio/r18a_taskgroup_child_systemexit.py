# a TaskGroup child raising SystemExit: the siblings are cancelled, the program exits 3
import asyncio

async def quitter():
    await asyncio.sleep(0.01)
    raise SystemExit(3)

async def sibling():
    try:
        await asyncio.sleep(1)
    finally:
        print('sibling finally')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(quitter())
    except* Exception:
        print('not an Exception')
    finally:
        print('main finally')

try:
    asyncio.run(main())
except SystemExit as e:
    print('SystemExit code', e.code)
    raise
