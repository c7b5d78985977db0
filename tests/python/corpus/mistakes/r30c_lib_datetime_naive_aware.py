# Subtracting a naive datetime from an aware one.
from datetime import datetime, timezone
start = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
end = datetime(2024, 1, 1, 13, 30)
print(end - end.replace(hour=12))
print(end - start)
