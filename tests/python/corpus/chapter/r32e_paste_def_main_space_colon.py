# the book writes 'def main() :' with a space - and I put one in other places too
import asyncio

async def worker ( ) :
    await asyncio . sleep ( 0.01 )
    return 42

def main() :
    print ( 'Main - Starting' )
    print ( 'result' , asyncio . run ( worker ( ) ) )
    print ( 'Main - Done' )

if __name__ == '__main__' :
    main ( )
