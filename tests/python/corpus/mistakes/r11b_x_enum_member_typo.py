# A typo in an Enum member's name: CPython's EnumType.__getattr__ raises
# AttributeError(name), which the lookup completes with name and obj.
import enum

class Status(enum.Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    PENDING = "pending"

for s in Status:
    print(s.name, s.value)
try:
    Status.DONE
except AttributeError as e:
    print(repr(e), e.name, e.obj)
print(hasattr(Status, "ACTIVE"), getattr(Status, "ARCHIVED", None))
print(Status.PENDNG)
