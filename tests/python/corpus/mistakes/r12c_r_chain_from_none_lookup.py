# A lookup error replaced with from None.
UNITS = {"s": 1, "m": 60, "h": 3600}

def seconds(text):
    number, unit = text[:-1], text[-1]
    try:
        return int(number) * UNITS[unit]
    except KeyError:
        raise ValueError(f"unknown unit {unit!r} in {text!r}") from None

print(seconds("5m"))
print(seconds("2d"))
