# unpacking records of different lengths into three names
records = [("ann", 31, "NL"), ("bob", 25), ("cy", 40, "DE", "extra"), "dan", 7]
for r in records:
    try:
        name, age, country = r
        print(name, age, country)
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
