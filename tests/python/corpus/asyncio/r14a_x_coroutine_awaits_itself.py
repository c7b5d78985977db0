# A coroutine awaiting itself gets ValueError "coroutine already executing"; a finished one "cannot reuse"
import asyncio

async def selfish():
    try:
        await holder[0]
    except ValueError as e:
        print('ValueError:', e)
    return 'back'

async def main():
    holder.append(selfish())
    print(await holder[0])
    try:
        await holder[0]
    except RuntimeError as e:
        print('RuntimeError:', e)

holder = []
asyncio.run(main())
