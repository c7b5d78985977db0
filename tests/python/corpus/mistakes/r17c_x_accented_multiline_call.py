# A call spread over lines with accented words and a missing comma on the second line
import asyncio


async def main():
    await asyncio.sleep(0.1)
    print('Größe:',
          'Übergröße' 'Maß' 42,
          sep='')

asyncio.run(main())
