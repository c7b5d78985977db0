# An import with a path written like a file.
print("start")

import asyncio
import utils/helpers
print(asyncio)
