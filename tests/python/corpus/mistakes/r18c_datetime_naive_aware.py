from datetime import datetime, timezone, timedelta

deadline = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
events = [
    ("build", datetime(2024, 5, 1, 11, 0, tzinfo=timezone.utc)),
    ("deploy", datetime(2024, 5, 1, 13, 30)),
]
for name, when in events:
    late = when - deadline > timedelta(0)
    print(name, "late" if late else "on time")
