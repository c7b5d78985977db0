# import * without from.
import asyncio

import *
print(sleep)
