# An accented string before a missing comma: the SyntaxError's carets under the right characters
import asyncio


async def main():
    await asyncio.sleep(0.1)
    print('Température élevée' 'déjà' n)

asyncio.run(main())
