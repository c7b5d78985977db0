# Mistake: a misspelt str method inside a task (AttributeError with "Did you mean: 'upper'?").
import asyncio


async def shout(word):
    await asyncio.sleep(0.01)
    return word.uper() + '!'


async def main():
    task = asyncio.create_task(shout('hello'))
    print('task created')
    print(await task)


asyncio.run(main())
