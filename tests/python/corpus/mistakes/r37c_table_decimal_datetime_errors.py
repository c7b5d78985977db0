# money and date helpers, with the values users actually typed
from decimal import Decimal, InvalidOperation
from datetime import date, datetime, timedelta

calls = [
    ("Decimal('1.2.3')", lambda: Decimal("1.2.3")),
    ("Decimal([1])", lambda: Decimal([1])),
    ("Decimal(1) / 0", lambda: Decimal(1) / 0),
    ("Decimal(0) / 0", lambda: Decimal(0) / 0),
    ("Decimal(-1).sqrt()", lambda: Decimal(-1).sqrt()),
    ("Decimal('1.5').quantize('0.1')", lambda: Decimal("1.5").quantize("0.1")),
    ("Decimal(1) < 'a'", lambda: Decimal(1) < "a"),
    ("date(2024, 1, 0)", lambda: date(2024, 1, 0)),
    ("date(0, 1, 1)", lambda: date(0, 1, 1)),
    ("date('2024', 1, 1)", lambda: date("2024", 1, 1)),
    ("date.fromisoformat('2024/01/02')", lambda: date.fromisoformat("2024/01/02")),
    ("datetime(2024, 1, 1, 25)", lambda: datetime(2024, 1, 1, 25)),
    ("timedelta(days='1')", lambda: timedelta(days="1")),
    ("timedelta(weeks=1e10)", lambda: timedelta(weeks=1e10)),
    ("date(2024, 1, 1) - 1", lambda: date(2024, 1, 1) - 1),
    ("date(2024,1,1) < datetime(2024,1,1)", lambda: date(2024, 1, 1) < datetime(2024, 1, 1)),
    ("datetime(2024,1,1) - date(2024,1,1)", lambda: datetime(2024, 1, 1) - date(2024, 1, 1)),
    ("date.today(1)", lambda: date.today(1)),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
