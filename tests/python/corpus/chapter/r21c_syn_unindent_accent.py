# An unindent mismatch on a line holding accented text.
import asyncio

async def main():
    if True:
        print('ok')
      print('résumé')

asyncio.run(main())
