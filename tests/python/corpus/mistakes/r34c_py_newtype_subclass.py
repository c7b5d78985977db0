# Subclassing a NewType to make a more specific id type
from typing import NewType

UserId = NewType("UserId", int)
print(UserId(7) + 1)

class AdminId(UserId):
    pass

print(AdminId(1))
