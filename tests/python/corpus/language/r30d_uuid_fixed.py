# uuid values that do not depend on time or randomness: parsing, uuid3/uuid5, fields and versions
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int % 1000, u.version, u.variant)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "https://example.org"))
print(uuid.UUID(int=1), uuid.UUID(bytes=bytes(range(16))), uuid.NAMESPACE_DNS)
print(u == uuid.UUID("{12345678-1234-5678-1234-567812345678}"), str(u).upper(), u.urn)
print(uuid.UUID("not-a-uuid"))
